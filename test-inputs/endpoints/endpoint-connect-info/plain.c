// libwebsockets states the endpoint in connect_info's fields: a zeroed struct whose
// ssl_connection is never set connects in plain text.
// REQUIRES: libwebsockets
#include <libwebsockets.h>
#include <string.h>

static struct lws *wsi;

int main(void) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = CONTEXT_PORT_NO_LISTEN;
  struct lws_context *context = lws_create_context(&info);
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = "chat.example.com";
  i.port = 7681;
  i.path = "/room";
  i.pwsi = &wsi;
  lws_client_connect_via_info(&i); // #open
  // expect-warning[websocket-insecure-endpoint]@#open{{'wsi' connects to ws://chat.example.com:7681/room without TLS}}
  while (lws_service(context, 0) >= 0)
    ;
  return 0;
}
