// follows-fix: backoff (a steady_timer armed with a capped, doubling, jittered delay; reconnect from its handler)
// The look-alike: one timer reused for every attempt, but the delay doubles up to a cap and
// gets random jitter, and resets after a successful handshake. No finding.
// REQUIRES: boost-beast
// expect-no-findings
#include "beast.h"

#include <algorithm>
#include <random>

class Feed {
public:
  explicit Feed(net::io_context &ioc) : ioc_(ioc), timer_(ioc), rng_(std::random_device{}()) {}
  void connect() {
    ws_.emplace(ioc_);
    ws_->set_option(pinging_timeout());
    ws_->async_handshake("localhost", "/feed", [this](beast::error_code ec) {
      if (ec)
        return retry();
      delay_ = std::chrono::milliseconds(500);
      read();
    });
  }

private:
  void read() {
    ws_->async_read(buffer_, [this](beast::error_code ec, std::size_t) {
      if (ec)
        return retry();
      read();
    });
  }
  void retry() {
    std::uniform_int_distribution<int> jitter(0, 250);
    timer_.expires_after(delay_ + std::chrono::milliseconds(jitter(rng_)));
    delay_ = std::min(delay_ * 2, std::chrono::milliseconds(30000));
    timer_.async_wait([this](beast::error_code) { connect(); });
  }
  net::io_context &ioc_;
  net::steady_timer timer_;
  std::mt19937 rng_;
  std::chrono::milliseconds delay_{500};
  std::optional<plain_socket> ws_;
  beast::flat_buffer buffer_;
};

int main() {
  net::io_context ioc;
  Feed f(ioc);
  f.connect();
  ioc.run();
}
