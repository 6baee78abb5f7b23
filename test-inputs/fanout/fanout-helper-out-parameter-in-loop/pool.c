// A C client opens one connection per configured server through a helper that writes the
// new handle through an out-parameter, called in a loop: one socket per server, all alive in
// the array. The control link goes through the same helper once, into its own variable.
// REQUIRES: libwebsockets
#include <libwebsockets.h>
#include <string.h>

static struct lws_context *context;
static struct lws *servers[8];
static struct lws *control;

static void open_conn(const char *host, struct lws **out) {
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = host;
  i.port = 443;
  i.path = "/feed";
  i.pwsi = out;
  lws_client_connect_via_info(&i);
}

int main(int argc, char **argv) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = CONTEXT_PORT_NO_LISTEN;
  context = lws_create_context(&info);
  open_conn("control.example.com", &control);
  for (int n = 1; n < argc && n <= 8; n++)
    open_conn(argv[n], &servers[n - 1]);
  // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'servers' (libwebsockets)}}
  while (lws_service(context, 0) >= 0)
    ;
  return 0;
}
