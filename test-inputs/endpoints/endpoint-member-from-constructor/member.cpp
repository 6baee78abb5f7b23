#include "common.h"

int main() {
  Feed feed("ws://quotes.example.com/feed");
  feed.run();
}
// expect-warning[websocket-insecure-endpoint]@#open{{'Feed::ws_' connects to ws://quotes.example.com/feed without TLS}}
