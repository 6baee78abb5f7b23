// IXWebSocket's own reconnect is switched off; the client reconnects by hand from the one
// callback that receives open, close and error events, doubling its wait each time but
// with no jitter.
#include <ixwebsocket/IXWebSocket.h>

#include <chrono>
#include <thread>

class Feed {
public:
  void start() {
    ws_.setUrl("wss://feed.example.com/v1"); // #open
    // expect-warning[websocket-missing-backoff]@#open{{'Feed::ws_' (IXWebSocket) to wss://feed.example.com/v1 backs off exponentially but without jitter}}
    ws_.setPingInterval(20);
    ws_.disableAutomaticReconnection();
    ws_.setOnMessageCallback([this](const ix::WebSocketMessagePtr &msg) { // #handler
      // expect-note[websocket-missing-backoff]@#handler{{reopened from the handler registered by ws_.setOnMessageCallback(…)}}
      if (msg->type == ix::WebSocketMessageType::Close ||
          msg->type == ix::WebSocketMessageType::Error) {
        std::this_thread::sleep_for(delay_); // #delay
        // expect-note[websocket-missing-backoff]@#delay{{std::this_thread::sleep_for(delay_)}}
        delay_ *= 2;
        ws_.start();
      }
    });
    ws_.start();
  }

private:
  ix::WebSocket ws_;
  std::chrono::milliseconds delay_{500};
};

int main() {
  Feed feed;
  feed.start();
}
