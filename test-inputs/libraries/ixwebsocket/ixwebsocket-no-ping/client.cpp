// No interval, or a non-positive one, means no pings.
#include <ixwebsocket/IXWebSocket.h>

struct Feed {
  void start() {
    quotes.setUrl("wss://quotes.example.com/");
    // expect-warning[websocket-missing-heartbeat]@-1{{'Feed::quotes' (IXWebSocket) to wss://quotes.example.com/ has no heartbeat}}
    quotes.start();
    news.setUrl("wss://news.example.com/");
    // expect-warning[websocket-missing-heartbeat]@-1{{'Feed::news' (IXWebSocket) to wss://news.example.com/ has no heartbeat}}
    news.setPingInterval(-1); // #off
    // expect-note[websocket-missing-heartbeat]@#off{{sends no pings: the interval is negative}}
    news.start();
  }
  ix::WebSocket quotes;
  // websocket-boundary(trust): news is public, quotes carry the user's entitlement token.
  ix::WebSocket news;
};
