// One exchange, closed through the global that holds the connection rather than the
// handler's own argument.
// REQUIRES: libsoup-3
#include <libsoup/soup.h>

static SoupWebsocketConnection *conn;

static void on_message(SoupWebsocketConnection *self, gint type, GBytes *message,
                       gpointer data) {
  soup_websocket_connection_close(conn, SOUP_WEBSOCKET_CLOSE_NORMAL, "got it");
}

static void on_connected(GObject *session, GAsyncResult *res, gpointer data) {
  conn = soup_session_websocket_connect_finish(SOUP_SESSION(session), res, NULL);
  if (conn)
    g_signal_connect(conn, "message", G_CALLBACK(on_message), NULL);
}

int main(void) {
  SoupSession *session = soup_session_new();
  SoupMessage *msg = soup_message_new("GET", "wss://book.example.com/snapshot");
  soup_session_websocket_connect_async(session, msg, NULL, NULL, G_PRIORITY_DEFAULT, NULL,
                                       on_connected, NULL);
  g_main_loop_run(g_main_loop_new(NULL, FALSE));
  return 0;
}
