// follows-fix: backoff (from the "closed" signal and a failed connect, reconnect from g_timeout_add with a capped, doubling delay plus g_random_int_range)
// follows-fix: heartbeat (a keepalive interval once the connection is up)
// REQUIRES: libsoup-3
// expect-no-findings
#include <libsoup/soup.h>

static SoupSession *session;
static SoupWebsocketConnection *conn;
static guint attempt;
static void start(void);

static gboolean reconnect(gpointer data) {
  start();
  return G_SOURCE_REMOVE;
}

static void schedule_reconnect(void) {
  guint delay = MIN(30000u, 250u << MIN(attempt, 7u));
  ++attempt;
  g_timeout_add(delay + (guint)g_random_int_range(0, (gint32)delay), reconnect, NULL);
}

static void on_closed(SoupWebsocketConnection *c, gpointer data) { schedule_reconnect(); }

static void on_connected(GObject *source, GAsyncResult *res, gpointer data) {
  conn = soup_session_websocket_connect_finish(session, res, NULL);
  if (!conn) {
    schedule_reconnect();
    return;
  }
  attempt = 0;
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
  start();
  g_main_loop_run(g_main_loop_new(NULL, FALSE));
  return 0;
}
