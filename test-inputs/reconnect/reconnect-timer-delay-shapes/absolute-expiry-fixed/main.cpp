// Look-alike: an absolute expiry, now plus the same two seconds every time: a fixed delay.
// REQUIRES: boost-beast
#include "beast.h"

class Feed {
public:
  explicit Feed(net::io_context &ioc) : ioc_(ioc), timer_(ioc) {}
  void connect() {
    ws_.emplace(ioc_);
    ws_->set_option(pinging_timeout());
    ws_->async_handshake("localhost", "/feed", [this](beast::error_code ec) {
      // expect-warning[websocket-missing-backoff]@-1{{'Feed::ws_' (Boost.Beast) to ws://localhost/feed reconnects after a fixed delay}}
      // expect-note[websocket-missing-backoff]@-2{{reopened from the handler registered by ws_->async_handshake(…)}}
      if (ec)
        return retry();
      read();
    });
  }

private:
  void read() {
    ws_->async_read(buffer_, [this](beast::error_code ec, std::size_t) {
      // expect-note[websocket-missing-backoff]@-1{{another way back: reopened from the handler registered by ws_->async_read(…) (backoff: fixed)}}
      if (ec)
        return retry();
      read();
    });
  }
  void retry() {
    timer_.expires_at(std::chrono::steady_clock::now() + std::chrono::seconds(2)); // #expiry
    // expect-note[websocket-missing-backoff]@#expiry{{the delay: timer_.expires_at(std::chrono::steady_clock::now() + std::chrono::seconds(2))}}
    timer_.async_wait([this](beast::error_code) { connect(); });
  }
  net::io_context &ioc_;
  net::steady_timer timer_;
  std::optional<plain_socket> ws_;
  beast::flat_buffer buffer_;
};

int main() {
  net::io_context ioc;
  Feed f(ioc);
  f.connect();
  ioc.run();
}
