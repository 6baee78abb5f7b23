// One exchange: the "message" handler closes the connection it is handed on every
// message, so the socket lives for one request and its reply and needs no heartbeat.
// REQUIRES: libsoup-3
#include <libsoup/soup.h>

static SoupWebsocketConnection *conn;

static void on_message(SoupWebsocketConnection *self, gint type, GBytes *message,
                       gpointer data) {
  g_print("%.*s\n", (int)g_bytes_get_size(message), (const char *)g_bytes_get_data(message, NULL));
  soup_websocket_connection_close(self, SOUP_WEBSOCKET_CLOSE_NORMAL, NULL);
}

static void on_connected(GObject *session, GAsyncResult *res, gpointer data) {
  conn = soup_session_websocket_connect_finish(SOUP_SESSION(session), res, NULL);
  if (!conn)
    return;
  g_signal_connect(conn, "message", G_CALLBACK(on_message), NULL);
  soup_websocket_connection_send_text(conn, "{\"get\":\"book\"}");
}

int main(void) {
  SoupSession *session = soup_session_new();
  SoupMessage *msg = soup_message_new("GET", "wss://book.example.com/snapshot");
  soup_session_websocket_connect_async(session, msg, NULL, NULL, G_PRIORITY_DEFAULT, NULL,
                                       on_connected, NULL);
  g_main_loop_run(g_main_loop_new(NULL, FALSE));
  return 0;
}
