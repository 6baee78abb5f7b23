// Beast's idle ping is driven by a pending asynchronous read: a stream used only
// synchronously never pings, whatever its timeout option says. The endpoint is loopback,
// so ws:// is fine here.
// REQUIRES: boost-beast
#include "beast.h"

int main() {
  net::io_context ioc;
  plain_socket ws(ioc);
  ws.set_option(pinging_timeout()); // #opt
  ws.handshake("localhost", "/ticks");
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::ws' (Boost.Beast) to ws://localhost/ticks has no heartbeat}}
  // expect-note[websocket-missing-heartbeat]@#opt{{only pings while an asynchronous read is pending}}
  beast::flat_buffer buffer;
  for (;;)
    ws.read(buffer);
}
