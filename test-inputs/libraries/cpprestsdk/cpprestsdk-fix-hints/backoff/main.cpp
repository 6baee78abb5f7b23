// follows-fix: backoff (wait a capped, doubling delay plus jitter in the close handler, then connect again)
// REQUIRES: cpprest
#include <cpprest/ws_client.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

using namespace web::websockets::client;

class Orders {
public:
  void start() {
    ws_.set_close_handler([this](websocket_close_status, const utility::string_t &,
                                 const std::error_code &) {
      auto base = std::chrono::milliseconds(500) * (1 << std::min(attempt_++, 6));
      auto delay = std::min<std::chrono::milliseconds>(base, std::chrono::seconds(30));
      std::uniform_int_distribution<long> jitter(0, delay.count());
      std::this_thread::sleep_for(delay + std::chrono::milliseconds(jitter(rng_)));
      connect();
    });
    connect();
  }

private:
  void connect() {
    ws_.connect(U("wss://orders.example.com/v1")).then([this] { attempt_ = 0; });
    // expect-warning[websocket-missing-heartbeat]@-1{{'Orders::ws_' (cpprestsdk) to wss://orders.example.com/v1 has no heartbeat}}
  }
  websocket_callback_client ws_;
  int attempt_ = 0;
  std::mt19937 rng_{std::random_device{}()};
};

int main() {
  Orders o;
  o.start();
  for (;;)
    std::this_thread::sleep_for(std::chrono::hours(1));
}
