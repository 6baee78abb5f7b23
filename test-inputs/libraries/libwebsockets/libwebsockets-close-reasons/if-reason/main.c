// The close is tested with an if rather than a case: it reopens after a fixed second.
#include "../open_feed.h"

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                    size_t len) {
  if (reason == LWS_CALLBACK_CLIENT_CLOSED) {
    client_wsi = NULL;
    lws_sul_schedule(context, 0, &sul, connect_cb, LWS_US_PER_SEC);
  }
  return lws_callback_http_dummy(wsi, reason, user, in, len);
}

int main(void) { return run(connect_cb); }
