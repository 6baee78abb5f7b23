// Program b: the same names, but its configure() never turns pings on.
#include <ixwebsocket/IXWebSocket.h>

namespace {
struct Session {
  ix::WebSocket ws;
};
} // namespace

static ix::WebSocket g_feed;

static void configure(ix::WebSocket &ws) { ws.disableAutomaticReconnection(); }

int main() {
  Session s;
  configure(s.ws);
  s.ws.setUrl("wss://b.example.com/session");
  // expect-warning[websocket-missing-heartbeat]@-1{{'Session::ws' (IXWebSocket) to wss://b.example.com/session has no heartbeat}}
  s.ws.start();
  configure(g_feed);
  g_feed.setUrl("wss://b.example.com/feed");
  // expect-warning[websocket-missing-heartbeat]@-1{{'g_feed' (IXWebSocket) to wss://b.example.com/feed has no heartbeat}}
  g_feed.start();
}
