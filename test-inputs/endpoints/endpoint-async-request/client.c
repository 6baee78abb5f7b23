// libsoup completes the connection in the callback given to connect_async; the endpoint is
// the URL of the request that call was given: a request made where it is declared (the
// feed), and one assigned later (the chat, whose query carries a token).
// REQUIRES: libsoup-3
#include <libsoup/soup.h>

static SoupSession *session;
static SoupWebsocketConnection *feed, *chat;

static void on_feed(GObject *source, GAsyncResult *res, gpointer data) {
  feed = soup_session_websocket_connect_finish(session, res, NULL);
  // expect-warning[websocket-missing-heartbeat]@-1{{'feed' (libsoup) to wss://feed.example.com/v1 has no heartbeat}}
}

static void on_chat(GObject *source, GAsyncResult *res, gpointer data) {
  // websocket-boundary(trust): the chat signs in with the user's own token; the feed is public.
  chat = soup_session_websocket_connect_finish(session, res, NULL);
  // expect-warning[websocket-missing-heartbeat]@-1{{'chat' (libsoup) to ws://chat.example.com/ws?token=s3cr3t has no heartbeat}}
  // expect-warning[websocket-insecure-endpoint]@-2{{'chat' connects to ws://chat.example.com/ws?token=s3cr3t without TLS}}
  // expect-warning[websocket-insecure-endpoint]@-3{{'chat' puts a credential ('token') in the endpoint's query string}}
}

int main(void) {
  session = soup_session_new();
  SoupMessage *m = soup_message_new("GET", "wss://feed.example.com/v1");
  soup_session_websocket_connect_async(session, m, NULL, NULL, G_PRIORITY_DEFAULT, NULL,
                                       on_feed, NULL);
  SoupMessage *c;
  c = soup_message_new("GET", "ws://chat.example.com/ws?token=s3cr3t");
  soup_session_websocket_connect_async(session, c, NULL, NULL, G_PRIORITY_DEFAULT, NULL,
                                       on_chat, NULL);
  g_main_loop_run(g_main_loop_new(NULL, FALSE));
  return 0;
}
