// A C load generator dials every host named on its command line through a helper that
// never keeps the handle libwebsockets returns: the connection lives on in the context,
// so each call leaves one more socket open. Also opened straight in a loop over a table.
// The look-alike: the monitor connection, also unkept, opened again by a loop that goes
// round until the service fails: a retry of one connection, not one per item.
// REQUIRES: libwebsockets
#include <libwebsockets.h>
#include <string.h>

static struct lws_context *context;
static const char *const mirrors[] = {"m1.example.com", "m2.example.com"};

static void dial(const char *host, const char *path) {
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = host;
  i.port = 443;
  i.path = path;
  i.ssl_connection = LCCSCF_USE_SSL;
  lws_client_connect_via_info(&i);
  // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'dial::lws_client_connect_via_info()' (libwebsockets) per item}}
}

static int monitor(void) {
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = "monitor.example.com";
  i.port = 443;
  i.path = "/health";
  i.ssl_connection = LCCSCF_USE_SSL;
  lws_client_connect_via_info(&i);
  // expect-warning[websocket-missing-backoff]@-1{{reconnects with no delay}}
  return lws_service(context, 0);
}

int main(int argc, char **argv) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = CONTEXT_PORT_NO_LISTEN;
  context = lws_create_context(&info);
  for (int n = 1; n < argc; n++)
    dial(argv[n], "/load");
  // expect-note[websocket-connection-fanout]@-1{{called once per item here, and the connection it opens is never kept}}
  for (unsigned m = 0; m < sizeof mirrors / sizeof mirrors[0]; m++) {
    struct lws_client_connect_info i;
    memset(&i, 0, sizeof i);
    i.context = context;
    i.address = mirrors[m];
    i.port = 443;
    i.path = "/mirror";
    i.ssl_connection = LCCSCF_USE_SSL;
    lws_client_connect_via_info(&i);
    // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'main::lws_client_connect_via_info()' (libwebsockets) per item}}
  }
  while (monitor() >= 0)
    ;
  // expect-note[websocket-missing-backoff]@-2{{reopened through calls from a retry loop}}
  return 0;
}
