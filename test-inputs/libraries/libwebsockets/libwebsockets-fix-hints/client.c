// follows-fix: heartbeat (the connect info's retry_and_idle_policy pings: secs_since_valid_ping and _hangup set)
// follows-fix: backoff (a growing retry_ms_table with jitter_percent; lws_retry_sul_schedule_retry_wsi from CONNECTION_ERROR and CLOSED)
// REQUIRES: libwebsockets
// expect-no-findings
#include <libwebsockets.h>
#include <string.h>

static struct lws_context *context;
static struct lws *client_wsi;
static lws_sorted_usec_list_t sul;
static uint16_t retry_count;
static int interrupted;

static const uint32_t backoff_ms[] = {1000, 2000, 4000, 8000, 16000};
static const lws_retry_bo_t retry = {
    .retry_ms_table = backoff_ms,
    .retry_ms_table_count = LWS_ARRAY_SIZE(backoff_ms),
    .conceal_count = LWS_ARRAY_SIZE(backoff_ms),
    .secs_since_valid_ping = 20,
    .secs_since_valid_hangup = 30,
    .jitter_percent = 20,
};

static void connect_cb(lws_sorted_usec_list_t *s) {
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = "feed.example.com";
  i.port = 443;
  i.ssl_connection = LCCSCF_USE_SSL;
  i.path = "/";
  i.host = i.address;
  i.origin = i.address;
  i.protocol = "feed";
  i.retry_and_idle_policy = &retry;
  i.pwsi = &client_wsi;
  if (!lws_client_connect_via_info(&i))
    if (lws_retry_sul_schedule(context, 0, s, &retry, connect_cb, &retry_count))
      interrupted = 1;
}

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                    size_t len) {
  switch (reason) {
  case LWS_CALLBACK_CLIENT_ESTABLISHED:
    retry_count = 0;
    break;
  case LWS_CALLBACK_CLIENT_CONNECTION_ERROR:
  case LWS_CALLBACK_CLIENT_CLOSED:
    if (lws_retry_sul_schedule_retry_wsi(wsi, &sul, connect_cb, &retry_count))
      interrupted = 1;
    break;
  default:
    break;
  }
  return lws_callback_http_dummy(wsi, reason, user, in, len);
}

static const struct lws_protocols protocols[] = {{"feed", callback, 0, 0}, {NULL, NULL, 0, 0}};

int main(void) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = CONTEXT_PORT_NO_LISTEN;
  info.options = LWS_SERVER_OPTION_DO_SSL_GLOBAL_INIT;
  info.protocols = protocols;
  context = lws_create_context(&info);
  lws_sul_schedule(context, 0, &sul, connect_cb, 1);
  while (!interrupted && lws_service(context, 0) >= 0)
    ;
  lws_context_destroy(context);
  return 0;
}
