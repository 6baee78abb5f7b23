// Settings made only under a runtime flag hold on some paths. The verdict is the risky side:
// pings turned on only when a flag is set mean no heartbeat on the other paths, and the
// library's reconnect switched off only when a flag is clear still runs on the others.
#include <ixwebsocket/IXWebSocket.h>

struct Options {
  bool pings = false;
  bool manualReconnect = false;
};

class Feed {
public:
  void start(const Options &options) {
    ws_.setUrl("wss://feed.example.com/v1"); // #feed
    // expect-warning[websocket-missing-heartbeat]@#feed{{'Feed::ws_' (IXWebSocket) to wss://feed.example.com/v1 has no heartbeat}}
    // expect-note[websocket-missing-heartbeat]@+2{{only when options.pings: on the other paths this socket has no heartbeat}}
    if (options.pings)
      ws_.setPingInterval(20);
    // expect-warning[websocket-missing-backoff]@#feed{{'Feed::ws_' (IXWebSocket) to wss://feed.example.com/v1 backs off exponentially but without jitter}}
    // expect-note[websocket-missing-backoff]@#feed{{switched off only when options.manualReconnect}}
    if (options.manualReconnect)
      ws_.disableAutomaticReconnection();
    ws_.start();
  }

private:
  ix::WebSocket ws_;
};

int main(int argc, char **) {
  Options options;
  options.pings = argc > 1;
  Feed feed;
  feed.start(options);
}
