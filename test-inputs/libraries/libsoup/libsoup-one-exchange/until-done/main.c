// Look-alike: the handler closes the connection only when the server says it is done;
// every other message keeps it open, so it is long-lived and has no heartbeat.
// REQUIRES: libsoup-3
#include <libsoup/soup.h>
#include <string.h>

static SoupWebsocketConnection *conn;

static void on_message(SoupWebsocketConnection *self, gint type, GBytes *message,
                       gpointer data) {
  gsize n = 0;
  const char *text = g_bytes_get_data(message, &n);
  if (n == 4 && memcmp(text, "done", 4) == 0)
    soup_websocket_connection_close(self, SOUP_WEBSOCKET_CLOSE_NORMAL, NULL);
}

static void on_connected(GObject *session, GAsyncResult *res, gpointer data) {
  conn = soup_session_websocket_connect_finish(SOUP_SESSION(session), res, NULL);
  // expect-warning[websocket-missing-heartbeat]@-1{{'conn' (libsoup) to wss://book.example.com/updates has no heartbeat}}
  if (conn)
    g_signal_connect(conn, "message", G_CALLBACK(on_message), NULL);
}

int main(void) {
  SoupSession *session = soup_session_new();
  SoupMessage *msg = soup_message_new("GET", "wss://book.example.com/updates");
  soup_session_websocket_connect_async(session, msg, NULL, NULL, G_PRIORITY_DEFAULT, NULL,
                                       on_connected, NULL);
  g_main_loop_run(g_main_loop_new(NULL, FALSE));
  return 0;
}
