// follows-fix: backoff (the fail and close handlers schedule the next connect with set_timer, a capped, doubling delay plus jitter)
// REQUIRES: websocketpp
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_client.hpp>

#include <algorithm>
#include <random>

using client = websocketpp::client<websocketpp::config::asio_tls_client>;

class Chat {
public:
  void start() {
    endpoint_.init_asio();
    endpoint_.set_open_handler([this](websocketpp::connection_hdl) { attempt_ = 0; });
    endpoint_.set_fail_handler([this](websocketpp::connection_hdl) { retry(); });
    endpoint_.set_close_handler([this](websocketpp::connection_hdl) { retry(); });
    connect();
    endpoint_.run();
  }

private:
  void retry() {
    long delay = std::min(30000L, 250L << std::min(attempt_++, 7));
    std::uniform_int_distribution<long> jitter(0, delay);
    endpoint_.set_timer(delay + jitter(rng_), [this](websocketpp::lib::error_code const &) {
      connect();
    });
  }
  void connect() {
    websocketpp::lib::error_code ec;
    auto con = endpoint_.get_connection("wss://chat.example.com/", ec);
    // expect-warning[websocket-missing-heartbeat]@-1{{'Chat::connect::con' (websocketpp) to wss://chat.example.com/ has no heartbeat}}
    if (!ec)
      endpoint_.connect(con);
  }
  client endpoint_;
  int attempt_ = 0;
  std::mt19937 rng_{std::random_device{}()};
};

int main() {
  Chat c;
  c.start();
}
