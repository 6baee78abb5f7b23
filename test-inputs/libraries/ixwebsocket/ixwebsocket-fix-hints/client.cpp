// follows-fix: backoff (the built-in reconnect off; start() again from the Close/Error message after a capped, doubling delay plus a random share)
// follows-fix: heartbeat (setPingInterval before start())
// expect-no-findings
#include <ixwebsocket/IXWebSocket.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

class Feed {
public:
  void start() {
    ws_.setUrl("wss://feed.example.com/v1");
    ws_.setPingInterval(20);
    ws_.disableAutomaticReconnection();
    ws_.setOnMessageCallback([this](const ix::WebSocketMessagePtr &msg) {
      if (msg->type == ix::WebSocketMessageType::Open) {
        attempt_ = 0;
      } else if (msg->type == ix::WebSocketMessageType::Close ||
                 msg->type == ix::WebSocketMessageType::Error) {
        int delay = std::min(30000, 500 << std::min(attempt_++, 6));
        std::uniform_int_distribution<int> share(0, delay / 2);
        std::this_thread::sleep_for(std::chrono::milliseconds(delay + share(rng_)));
        ws_.start();
      }
    });
    ws_.start();
  }

private:
  ix::WebSocket ws_;
  int attempt_ = 0;
  std::mt19937 rng_{std::random_device{}()};
};

int main() {
  Feed feed;
  feed.start();
}
