// Look-alike: the timer is made without a delay and never given one, so it fires at once:
// the reconnect has no delay at all.
// REQUIRES: boost-beast
#include "beast.h"

class Feed {
public:
  explicit Feed(net::io_context &ioc) : ioc_(ioc), timer_(ioc) {}
  void connect() {
    ws_.emplace(ioc_);
    ws_->set_option(pinging_timeout());
    ws_->async_handshake("localhost", "/feed", [this](beast::error_code ec) {
      // expect-warning[websocket-missing-backoff]@-1{{'Feed::ws_' (Boost.Beast) to ws://localhost/feed reconnects with no delay}}
      // expect-note[websocket-missing-backoff]@-2{{reopened from the handler registered by ws_->async_handshake(…)}}
      if (!ec)
        read();
    });
  }

private:
  void read() {
    ws_->async_read(buffer_, [this](beast::error_code ec, std::size_t) {
      // expect-note[websocket-missing-backoff]@-1{{another way back: reopened from the handler registered by ws_->async_read(…) (backoff: none)}}
      if (ec)
        return timer_.async_wait([this](beast::error_code) { connect(); });
      read();
    });
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
