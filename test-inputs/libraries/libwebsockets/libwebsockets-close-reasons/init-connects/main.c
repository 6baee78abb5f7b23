// Look-alike: the protocol's init opens the connection, the first time only; an error or a
// close ends the program. Nothing reconnects, so there is no backoff to judge.
#include "../open_feed.h"

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                    size_t len) {
  switch (reason) {
  case LWS_CALLBACK_PROTOCOL_INIT:
    open_feed();
    break;
  case LWS_CALLBACK_CLIENT_CONNECTION_ERROR:
  case LWS_CALLBACK_CLIENT_CLOSED:
    client_wsi = NULL;
    interrupted = 1;
    break;
  default:
    break;
  }
  return lws_callback_http_dummy(wsi, reason, user, in, len);
}

int main(void) { return run(NULL); }
