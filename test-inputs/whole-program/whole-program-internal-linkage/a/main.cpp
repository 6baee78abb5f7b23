// Two programs whose files share names (a/main.cpp, b/main.cpp) and whose static helper,
// static global and anonymous-namespace class share names too: internal linkage means each
// program has its own, so program a's pings say nothing about program b's sockets.
#include <ixwebsocket/IXWebSocket.h>

namespace {
struct Session {
  ix::WebSocket ws;
};
} // namespace

static ix::WebSocket g_feed;

static void configure(ix::WebSocket &ws) { ws.setPingInterval(30); }

int main() {
  Session s;
  configure(s.ws);
  s.ws.setUrl("wss://a.example.com/session");
  s.ws.start();
  configure(g_feed);
  g_feed.setUrl("wss://a.example.com/feed");
  g_feed.start();
}
