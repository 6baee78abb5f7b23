// libsoup 2.4 (seven arguments to connect_async); no keepalive interval: no pings.
// REQUIRES: libsoup-2.4
#include <libsoup/soup.h>

static void on_connected(GObject *session, GAsyncResult *res, gpointer data) {
  GError *error = NULL;
  SoupWebsocketConnection *conn =
      soup_session_websocket_connect_finish(SOUP_SESSION(session), res, &error);
  // expect-warning[websocket-missing-heartbeat]@-1{{'on_connected::conn' (libsoup) to wss://events.example.com/ has no heartbeat}}
  (void)conn;
}

int main(void) {
  SoupSession *session = soup_session_new();
  SoupMessage *msg = soup_message_new("GET", "wss://events.example.com/");
  soup_session_websocket_connect_async(session, msg, NULL, NULL, NULL, on_connected, NULL);
  g_main_loop_run(g_main_loop_new(NULL, FALSE));
  return 0;
}
