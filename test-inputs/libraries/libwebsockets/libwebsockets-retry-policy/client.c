// follows-fix: heartbeat (a retry_and_idle_policy with secs_since_valid_ping and _hangup)
// libwebsockets' retry helpers, as in its minimal-ws-client: a policy with a table grows
// and jitters; no policy (NULL) means a fixed 3 s plus a little jitter: no growth.
// REQUIRES: libwebsockets
#include <libwebsockets.h>
#include <string.h>

struct conn {
  lws_sorted_usec_list_t sul;
  struct lws *wsi;
  uint16_t retry_count;
};

static struct lws_context *context;
static struct conn feed, chat;
static const uint32_t backoff_ms[] = {1000, 2000, 4000, 8000, 16000};
static const lws_retry_bo_t retry = {
    .retry_ms_table = backoff_ms,
    .retry_ms_table_count = LWS_ARRAY_SIZE(backoff_ms),
    .conceal_count = LWS_ARRAY_SIZE(backoff_ms),
    .secs_since_valid_ping = 30,
    .secs_since_valid_hangup = 40,
    .jitter_percent = 20,
};

static void connect_feed(lws_sorted_usec_list_t *sul) {
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = "feed.example.com";
  i.port = 443;
  i.ssl_connection = LCCSCF_USE_SSL;
  i.path = "/";
  i.retry_and_idle_policy = &retry;
  i.pwsi = &feed.wsi;
  if (!lws_client_connect_via_info(&i))
    lws_retry_sul_schedule(context, 0, sul, &retry, connect_feed, &feed.retry_count);
}

static void connect_chat(lws_sorted_usec_list_t *sul) {
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = "chat.example.com";
  i.port = 443;
  i.ssl_connection = LCCSCF_USE_SSL;
  i.path = "/";
  if (!lws_client_connect_via_info(&i))
    // expect-warning[websocket-missing-backoff]@-1{{(libwebsockets) to wss://chat.example.com/ reconnects after a fixed delay}}
    // expect-note[websocket-missing-backoff]@+1{{lws_retry_sul_schedule(…): lws_retry_sul_schedule's table delays plus jitter (no policy given: the library's fixed default)}}
    lws_retry_sul_schedule(context, 0, sul, NULL, connect_chat, &chat.retry_count);
}

int main(void) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = CONTEXT_PORT_NO_LISTEN;
  context = lws_create_context(&info);
  lws_sul_schedule(context, 0, &feed.sul, connect_feed, 1);
  lws_sul_schedule(context, 0, &chat.sul, connect_chat, 1);
  while (lws_service(context, 0) >= 0)
    ;
  return 0;
}
