// Each socket is opened by a helper that is handed the socket it opens. The orders helper
// is used for one socket only, so the boundary written at its opening call is that
// socket's; the news helper's socket states none.
#include <ixwebsocket/IXWebSocket.h>

static void openFeed(ix::WebSocket &ws) {
  ws.setUrl("wss://feed.example.com/v1");
  ws.start();
}

static void openOrders(ix::WebSocket &ws) {
  // websocket-boundary(reliability): order acks must never queue behind the price feed.
  ws.setUrl("wss://orders.example.com/v1");
  ws.start();
}

static void openNews(ix::WebSocket &ws) {
  ws.setUrl("wss://news.example.com/v1");
  ws.start();
}

int main() {
  ix::WebSocket feed, orders, news;
  openFeed(feed);     // #feed
  openOrders(orders); // #orders
  openNews(news); // #news
  // expect-warning[websocket-undocumented-boundary]@#news{{connection 3 of 3 in client 'boundary-on-helper-opening-one-slot' ('main::news') states no boundary}}
  // expect-note[websocket-undocumented-boundary]@#news{{connection 3 of 3: 'main::news'}}
  // expect-note[websocket-undocumented-boundary]@#feed{{connection 1 of 3: 'main::feed'}}
  // expect-note[websocket-undocumented-boundary]@#orders{{connection 2 of 3: 'main::orders' (IXWebSocket) to wss://orders.example.com/v1; boundary (reliability): order acks must never queue}}
}
