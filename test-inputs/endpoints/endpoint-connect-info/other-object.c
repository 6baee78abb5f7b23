// A look-alike: one struct's connect info is filled, another's is used. What the used one
// holds is not stated here: no endpoint, and the handle's slot is not the filled one's.
// REQUIRES: libwebsockets
#include <libwebsockets.h>
#include <string.h>

struct link {
  struct lws_client_connect_info i;
  struct lws *wsi;
};

static void connect_other(struct link *filled, struct link *used) {
  filled->i.address = "chat.example.com";
  filled->i.port = 7681;
  filled->i.path = "/room";
  filled->i.pwsi = &filled->wsi;
  lws_client_connect_via_info(&used->i);
}

static struct link a, b;

int main(void) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = CONTEXT_PORT_NO_LISTEN;
  struct lws_context *context = lws_create_context(&info);
  a.i.context = context;
  b.i.context = context;
  connect_other(&a, &b);
  while (lws_service(context, 0) >= 0)
    ;
  return 0;
}
