// Look-alike: errors and closes retry through lws_retry_sul_schedule_retry_wsi, whose
// policy has a growing table and jitter. No backoff finding.
#include "../open_feed.h"

static const uint32_t backoff_ms[] = {1000, 2000, 4000, 8000, 16000};
static const lws_retry_bo_t retry = {
    .retry_ms_table = backoff_ms,
    .retry_ms_table_count = LWS_ARRAY_SIZE(backoff_ms),
    .conceal_count = LWS_ARRAY_SIZE(backoff_ms),
    .jitter_percent = 20,
};
static uint16_t retry_count;

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                    size_t len) {
  switch (reason) {
  case LWS_CALLBACK_CLIENT_CONNECTION_ERROR:
  case LWS_CALLBACK_CLIENT_CLOSED:
    if (lws_retry_sul_schedule_retry_wsi(wsi, &sul, connect_cb, &retry_count))
      interrupted = 1;
    break;
  default:
    break;
  }
  (void)retry;
  return lws_callback_http_dummy(wsi, reason, user, in, len);
}

int main(void) { return run(connect_cb); }
