// A connection error schedules the next attempt five seconds later, every time.
#include "../open_feed.h"

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                    size_t len) {
  switch (reason) {
  case LWS_CALLBACK_CLIENT_CONNECTION_ERROR:
    // expect-note[websocket-missing-backoff]@-1{{reopened from the code for LWS_CALLBACK_CLIENT_CONNECTION_ERROR in 'callback'}}
    lws_sul_schedule(context, 0, &sul, connect_cb, 5 * LWS_USEC_PER_SEC);
    // expect-note[websocket-missing-backoff]@-1{{the delay: lws_sul_schedule(context, 0, &sul, connect_cb, 5 * LWS_USEC_PER_SEC)}}
    break;
  case LWS_CALLBACK_CLIENT_ESTABLISHED:
    lwsl_user("established\n");
    break;
  default:
    break;
  }
  return lws_callback_http_dummy(wsi, reason, user, in, len);
}

int main(void) { return run(connect_cb); }
