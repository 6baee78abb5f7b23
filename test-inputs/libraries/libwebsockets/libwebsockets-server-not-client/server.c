// A libwebsockets server: a listening context, no client connection.
// REQUIRES: libwebsockets
// expect-no-findings
#include <libwebsockets.h>
#include <string.h>

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                    size_t len) {
  return 0;
}

static const struct lws_protocols protocols[] = {{"echo", callback, 0, 0, 0, NULL, 0},
                                                 {NULL, NULL, 0, 0, 0, NULL, 0}};

int main(void) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = 7681;
  info.protocols = protocols;
  struct lws_context *context = lws_create_context(&info);
  while (lws_service(context, 0) >= 0)
    ;
  return 0;
}
