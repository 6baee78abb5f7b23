// A connection's own retry-and-idle policy replaces libwebsockets' default one. This policy
// names only a retry table: secs_since_valid_hangup is left at 0, which switches the
// validity checks off, so the connection sends no pings at all.
// REQUIRES: libwebsockets
#include <libwebsockets.h>
#include <string.h>

static struct lws *wsi;
static const uint32_t backoff_ms[] = {1000, 2000, 4000};
static const lws_retry_bo_t retry = {
    .retry_ms_table = backoff_ms,
    .retry_ms_table_count = LWS_ARRAY_SIZE(backoff_ms),
    .conceal_count = LWS_ARRAY_SIZE(backoff_ms),
    .jitter_percent = 20,
};

int main(void) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = CONTEXT_PORT_NO_LISTEN;
  struct lws_context *context = lws_create_context(&info);
  struct lws_client_connect_info ci;
  memset(&ci, 0, sizeof ci);
  ci.context = context;
  ci.address = "feed.example.com";
  ci.port = 443;
  ci.path = "/prices";
  ci.ssl_connection = LCCSCF_USE_SSL;
  ci.retry_and_idle_policy = &retry;
  wsi = lws_client_connect_via_info(&ci); // #open
  // expect-warning[websocket-missing-heartbeat]@#open{{'wsi' (libwebsockets) to wss://feed.example.com/prices has no heartbeat}}
  // expect-note[websocket-missing-heartbeat]@#open{{lws_client_connect_via_info(&ci) sends no pings: 'retry_and_idle_policy.secs_since_valid_hangup' is not set}}
  while (lws_service(context, 0) >= 0)
    ;
  return 0;
}
