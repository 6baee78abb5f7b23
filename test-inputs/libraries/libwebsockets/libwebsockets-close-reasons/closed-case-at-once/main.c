// A close reopens the connection at once, from the CLIENT_CLOSED case; an error ends the
// program.
#include "../open_feed.h"

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                    size_t len) {
  switch (reason) {
  case LWS_CALLBACK_CLIENT_CONNECTION_ERROR:
    interrupted = 1;
    break;
  case LWS_CALLBACK_CLIENT_CLOSED:
    client_wsi = NULL;
    open_feed();
    break;
  default:
    break;
  }
  return lws_callback_http_dummy(wsi, reason, user, in, len);
}

int main(void) { return run(connect_cb); }
