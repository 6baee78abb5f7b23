// A connect that fails at once is retried ten seconds later, by a timer armed right where
// the connection is opened (as libwebsockets' echo client does); a close later ends the
// program.
#include "../client.h"

static void connect_or_retry(lws_sorted_usec_list_t *s) {
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = "backup.example.com";
  i.port = 443;
  i.ssl_connection = LCCSCF_USE_SSL;
  i.path = "/";
  i.pwsi = &client_wsi;
  if (!lws_client_connect_via_info(&i))
    lws_sul_schedule(context, 0, s, connect_or_retry, 10 * LWS_USEC_PER_SEC);
  // expect-warning[websocket-missing-backoff]@-2{{'client_wsi' (libwebsockets) to wss://backup.example.com/ reconnects after a fixed delay}}
  // expect-note[websocket-missing-backoff]@-2{{retried from a timer armed where it is opened}}
}

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                    size_t len) {
  switch (reason) {
  case LWS_CALLBACK_PROTOCOL_INIT:
    connect_or_retry(&sul);
    break;
  case LWS_CALLBACK_CLIENT_CLOSED:
    interrupted = 1;
    break;
  default:
    break;
  }
  return lws_callback_http_dummy(wsi, reason, user, in, len);
}

int main(void) { return run(NULL); }
