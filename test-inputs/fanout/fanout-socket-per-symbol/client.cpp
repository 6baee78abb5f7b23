// One WebSocket per watched symbol, kept in a vector: fan-out.
// REQUIRES: boost-beast
#include "beast.h"

#include <vector>

class Watchlist {
public:
  explicit Watchlist(net::io_context &ioc) : ioc_(ioc) {}
  void watch(const std::vector<std::string> &symbols) {
    for (const auto &symbol : symbols) {
      feeds_.emplace_back(ioc_);
      feeds_.back().handshake("localhost", "/quotes/" + symbol);
      // expect-warning[websocket-connection-fanout]@-1{{client 'fanout-socket-per-symbol' opens a WebSocket 'Watchlist::feeds_' (Boost.Beast) to ws://localhost/quotes/… per item}}
    }
  }

private:
  net::io_context &ioc_;
  std::vector<plain_socket> feeds_;
};

int main() {
  net::io_context ioc;
  Watchlist w(ioc);
  w.watch({"AAPL", "MSFT", "GOOG"});
}
