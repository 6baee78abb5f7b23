// libwebsockets pings client connections by default (the context's retry-and-idle
// policy), so a plain client needs nothing more. C code.
// REQUIRES: libwebsockets
// expect-no-findings
#include <libwebsockets.h>
#include <string.h>

static struct lws *wsi;

static int callback(struct lws *w, enum lws_callback_reasons reason, void *user, void *in,
                    size_t len) {
  return 0;
}

static const struct lws_protocols protocols[] = {{"feed", callback, 0, 0, 0, NULL, 0},
                                                 {NULL, NULL, 0, 0, 0, NULL, 0}};

int main(void) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = CONTEXT_PORT_NO_LISTEN;
  info.protocols = protocols;
  struct lws_context *context = lws_create_context(&info);
  struct lws_client_connect_info ci;
  memset(&ci, 0, sizeof ci);
  ci.context = context;
  ci.address = "feed.example.com";
  ci.port = 443;
  ci.path = "/";
  ci.ssl_connection = LCCSCF_USE_SSL;
  wsi = lws_client_connect_via_info(&ci);
  while (lws_service(context, 0) >= 0)
    ;
  return 0;
}
