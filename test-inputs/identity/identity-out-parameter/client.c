// libwebsockets writes the new connection through connect_info.pwsi: both functions that
// connect write it into the same client's wsi, so they open one socket, not two.
// REQUIRES: libwebsockets
// expect-no-findings
#include <libwebsockets.h>
#include <string.h>

struct client {
  struct lws *wsi;
  lws_sorted_usec_list_t sul;
};

static struct lws_context *context;
static struct client cl;

static void connect_to(struct client *c) {
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = "localhost";
  i.port = 7681;
  i.path = "/";
  i.pwsi = &c->wsi;
  lws_client_connect_via_info(&i);
}

static void connect_later(lws_sorted_usec_list_t *sul) {
  struct client *c = lws_container_of(sul, struct client, sul);
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = "localhost";
  i.port = 7681;
  i.path = "/";
  i.pwsi = &c->wsi;
  lws_client_connect_via_info(&i);
}

int main(int argc, char **argv) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = CONTEXT_PORT_NO_LISTEN;
  context = lws_create_context(&info);
  if (argc > 1)
    connect_to(&cl);
  else
    lws_sul_schedule(context, 0, &cl.sul, connect_later, 1);
  while (lws_service(context, 0) >= 0)
    ;
  return 0;
}
