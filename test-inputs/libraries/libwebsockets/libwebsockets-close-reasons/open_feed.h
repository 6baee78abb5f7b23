// Opens the feed connection (open_feed), and a timer callback that does (connect_cb).
#pragma once
#include "client.h"

static int open_feed(void) {
  struct lws_client_connect_info i;
  memset(&i, 0, sizeof i);
  i.context = context;
  i.address = "feed.example.com";
  i.port = 443;
  i.ssl_connection = LCCSCF_USE_SSL;
  i.path = "/";
  i.protocol = "feed";
  i.pwsi = &client_wsi;
  return lws_client_connect_via_info(&i) != NULL;
  // Three programs reconnect this socket; their findings share this line (the graph says
  // each one's backoff):
  // expect-warning[websocket-missing-backoff]@-3{{'client_wsi' (libwebsockets) to wss://feed.example.com/ reconnects after a fixed delay}}
}

static void connect_cb(lws_sorted_usec_list_t *s) { (void)s; open_feed(); }
