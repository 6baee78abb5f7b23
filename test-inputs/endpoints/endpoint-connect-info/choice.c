// TLS chosen at run time: the scheme is not known, so nothing is said about it.
// REQUIRES: libwebsockets
#include <libwebsockets.h>
#include <string.h>

static struct lws *wsi;

int main(int argc, char **argv) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = CONTEXT_PORT_NO_LISTEN;
  struct lws_context *context = lws_create_context(&info);
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = "chat.example.com";
  i.port = 443;
  i.path = "/room";
  i.ssl_connection = argc > 1 ? 0 : LCCSCF_USE_SSL;
  i.pwsi = &wsi;
  lws_client_connect_via_info(&i);
  while (lws_service(context, 0) >= 0)
    ;
  return 0;
}
