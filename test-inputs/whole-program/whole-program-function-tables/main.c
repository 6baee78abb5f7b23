/* main includes only the app's own header: no WebSocket header, yet it is the entry point
 * every socket below is reached from, through a table of function pointers. */
// expect-no-findings
#include "transport.h"

static const struct transport_ops *transport = &ws_transport;

int main(void) {
  if (transport->open("feed.example.com"))
    return 1;
  for (int i = 0; i < 100; ++i)
    transport->service(50);
  ((void (*)(void))transport->close)();
  return 0;
}
