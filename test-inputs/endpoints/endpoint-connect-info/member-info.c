// The connect info lives in a per-vhost struct and is filled through a pointer to it in
// the function that connects (libwebsockets' minimal clients keep `vhd->i`): the handle goes
// to the struct's client_wsi, and the fields state the endpoint.
// REQUIRES: libwebsockets
#include <libwebsockets.h>
#include <string.h>

struct per_vhost {
  struct lws_context *context;
  struct lws_client_connect_info i;
  struct lws *client_wsi;
};

static void connect_to(struct per_vhost *vhd) {
  vhd->i.context = vhd->context;
  vhd->i.address = "chat.example.com";
  vhd->i.port = 7681;
  vhd->i.path = "/room";
  vhd->i.ssl_connection = 0;
  vhd->i.pwsi = &vhd->client_wsi;
  lws_client_connect_via_info(&vhd->i); // #member-open
  // expect-warning[websocket-insecure-endpoint]@#member-open{{'per_vhost::client_wsi' connects to ws://chat.example.com:7681/room without TLS}}
}

static struct per_vhost vhd;

int main(void) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = CONTEXT_PORT_NO_LISTEN;
  vhd.context = lws_create_context(&info);
  connect_to(&vhd);
  while (lws_service(vhd.context, 0) >= 0)
    ;
  return 0;
}
