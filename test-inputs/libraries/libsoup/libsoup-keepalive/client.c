// follows-fix: heartbeat (a keepalive interval once connected)
// libsoup 3: the connection is what connect_finish returns; a keepalive interval makes it
// ping. C code.
// REQUIRES: libsoup-3
// expect-no-findings
#include <libsoup/soup.h>

static SoupWebsocketConnection *conn;

static void on_connected(GObject *session, GAsyncResult *res, gpointer data) {
  GError *error = NULL;
  conn = soup_session_websocket_connect_finish(SOUP_SESSION(session), res, &error);
  if (conn)
    soup_websocket_connection_set_keepalive_interval(conn, 30);
}

int main(void) {
  SoupSession *session = soup_session_new();
  SoupMessage *msg = soup_message_new("GET", "wss://events.example.com/");
  soup_session_websocket_connect_async(session, msg, NULL, NULL, G_PRIORITY_DEFAULT, NULL,
                                       on_connected, NULL);
  g_main_loop_run(g_main_loop_new(NULL, FALSE));
  return 0;
}
