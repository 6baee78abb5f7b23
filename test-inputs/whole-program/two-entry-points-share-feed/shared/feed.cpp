// Two programs link this class: each is a client with its own Feed socket.
#include "feed.h"

void Feed::open() {
  ws_.setPingInterval(20);
  ws_.setUrl("wss://feed.example.com/");
  // expect-warning[websocket-undocumented-boundary]@-1{{WebSocket connection 2 of 2 in client 'desk' ('Feed::ws_') states no boundary}}
  // expect-note[websocket-undocumented-boundary]@-2{{connection 2 of 2: 'Feed::ws_'}}
  ws_.start();
}
