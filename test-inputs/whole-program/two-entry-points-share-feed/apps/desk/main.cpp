// The desk opens the shared feed and an order channel: two sockets, one without a
// stated boundary. Sockets opened in main itself are numbered before those of the functions
// it calls (call edges carry no position), so the feed is the "extra" one here.
#include "feed.h"

int main() {
  Feed feed;
  feed.open();
  ix::WebSocket orders;
  orders.setUrl("wss://orders.example.com/");
  // expect-note[websocket-undocumented-boundary]@-1{{connection 1 of 2: 'main::orders'}}
  orders.start();
}
