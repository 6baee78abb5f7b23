/* libwebsockets behind the operations table. The connection is opened from the protocol
 * callback, which only the library calls: it is reached through the protocols array the
 * context is created with. The close hook is stored through a cast to void *. */
// REQUIRES: libwebsockets
#include "transport.h"

#include <libwebsockets.h>
#include <string.h>

static struct lws_context *context;
static struct lws *feed;
static const char *feed_host;

static void connect_feed(void) {
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = feed_host;
  i.port = 443;
  i.ssl_connection = LCCSCF_USE_SSL;
  i.path = "/";
  i.pwsi = &feed;
  lws_client_connect_via_info(&i);
}

static int callback_feed(struct lws *wsi, enum lws_callback_reasons reason, void *user,
                         void *in, size_t len) {
  (void)wsi, (void)user, (void)in, (void)len;
  if (reason == LWS_CALLBACK_PROTOCOL_INIT)
    connect_feed();
  return 0;
}

static const struct lws_protocols protocols[] = {
    {"feed", callback_feed, 0, 0, 0, NULL, 0},
    {NULL, NULL, 0, 0, 0, NULL, 0},
};

static int ws_open(const char *host) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = CONTEXT_PORT_NO_LISTEN;
  info.protocols = protocols;
  info.options = LWS_SERVER_OPTION_DO_SSL_GLOBAL_INIT;
  feed_host = host;
  context = lws_create_context(&info);
  return context ? 0 : 1;
}

static void ws_service(int timeout_ms) { lws_service(context, timeout_ms); }

static void ws_close(void) { lws_context_destroy(context); }

const struct transport_ops ws_transport = {
    .open = ws_open,
    .service = ws_service,
    .close = (void *)ws_close,
};
