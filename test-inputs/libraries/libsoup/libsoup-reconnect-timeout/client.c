// libsoup 3: the "closed" signal schedules a reconnect five seconds later: a fixed delay.
// A plain HTTP request on the same session is not a WebSocket.
// REQUIRES: libsoup-3
#include <libsoup/soup.h>

static SoupSession *session;
static SoupWebsocketConnection *conn;
static void start(void);

static gboolean reconnect(gpointer data) {
  start();
  return G_SOURCE_REMOVE;
}

static void on_closed(SoupWebsocketConnection *c, gpointer data) {
  g_timeout_add_seconds(5, reconnect, NULL); // #delay
}

static void on_connected(GObject *source, GAsyncResult *res, gpointer data) {
  conn = soup_session_websocket_connect_finish(session, res, NULL);
  // expect-warning[websocket-missing-backoff]@-1{{'conn' (libsoup) to wss://events.example.com/ reconnects after a fixed delay}}
  // expect-note[websocket-missing-backoff]@+3{{reopened from the handler registered by}}
  // expect-note[websocket-missing-backoff]@#delay{{the delay: g_timeout_add_seconds(5, reconnect, NULL)}}
  soup_websocket_connection_set_keepalive_interval(conn, 20);
  g_signal_connect(conn, "closed", G_CALLBACK(on_closed), NULL);
}

static void start(void) {
  SoupMessage *msg = soup_message_new("GET", "wss://events.example.com/");
  soup_session_websocket_connect_async(session, msg, NULL, NULL, G_PRIORITY_DEFAULT, NULL,
                                       on_connected, NULL);
}

int main(void) {
  session = soup_session_new();
  GBytes *body = soup_session_send_and_read(session, soup_message_new("GET", "https://example.com/"),
                                            NULL, NULL);
  g_bytes_unref(body);
  start();
  g_main_loop_run(g_main_loop_new(NULL, FALSE));
  return 0;
}
