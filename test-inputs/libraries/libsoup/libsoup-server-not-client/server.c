// A libsoup 3 server's WebSocket handler receives connections the server accepted, with a
// keepalive like a client's; only soup_session_websocket_connect_finish opens a client
// socket. C code.
// REQUIRES: libsoup-3
// expect-no-findings
#include <libsoup/soup.h>

static void on_websocket(SoupServer *server, SoupServerMessage *msg, const char *path,
                         SoupWebsocketConnection *connection, gpointer user_data) {
  soup_websocket_connection_set_keepalive_interval(connection, 30);
  g_object_ref(connection);
}

int main(void) {
  SoupServer *server = soup_server_new(NULL, NULL);
  soup_server_add_websocket_handler(server, "/ws", NULL, NULL, on_websocket, NULL, NULL);
  soup_server_listen_all(server, 8080, 0, NULL);
  g_main_loop_run(g_main_loop_new(NULL, FALSE));
  return 0;
}
