// A ping sent by hand every 20 seconds from a timer whose handler, a lambda, calls the
// member function that re-arms it: a heartbeat.
// REQUIRES: boost-beast
#include "beast.h"

class Feed {
public:
  explicit Feed(net::io_context &ioc) : ioc_(ioc), timer_(ioc) {}
  void connect() {
    ws_.emplace(ioc_);
    ws_->async_handshake("localhost", "/feed", [this](beast::error_code ec) {
      if (!ec)
        arm();
    });
  }

private:
  void arm() {
    timer_.expires_after(std::chrono::seconds(20));
    timer_.async_wait([this](beast::error_code ec) { onTimer(ec); });
  }
  void onTimer(beast::error_code ec) {
    if (ec)
      return;
    ws_->async_ping({}, [](beast::error_code) {});
    arm();
  }
  net::io_context &ioc_;
  net::steady_timer timer_;
  std::optional<plain_socket> ws_;
};

int main() {
  net::io_context ioc;
  Feed f(ioc);
  f.connect();
  ioc.run();
}
