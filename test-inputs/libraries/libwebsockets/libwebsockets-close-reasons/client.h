// One libwebsockets client per program: the protocol callback each program defines gets
// the events as a reason. What each program does when the connection fails or closes
// decides its backoff. Most programs open the connection with open_feed.h.
// REQUIRES: libwebsockets
#pragma once
#include <libwebsockets.h>
#include <string.h>

static struct lws_context *context;
static struct lws *client_wsi;
static lws_sorted_usec_list_t sul;
static int interrupted;

static int callback(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in,
                    size_t len);

static const struct lws_protocols protocols[] = {{"feed", callback, 0, 0}, {NULL, NULL, 0, 0}};

// Runs the service loop; `first`, when given, opens the first connection.
static int run(void (*first)(lws_sorted_usec_list_t *)) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = CONTEXT_PORT_NO_LISTEN;
  info.protocols = protocols;
  context = lws_create_context(&info);
  if (first)
    lws_sul_schedule(context, 0, &sul, first, 1);
  while (!interrupted && lws_service(context, 0) >= 0)
    ;
  lws_context_destroy(context);
  return 0;
}
