// Look-alike: a timer made on the stack with a delay that never changes: a fixed delay.
// REQUIRES: boost-beast
#include "beast.h"

class Feed {
public:
  explicit Feed(net::io_context &ioc) : ioc_(ioc) {}
  void connect() {
    ws_.emplace(ioc_);
    ws_->set_option(pinging_timeout());
    ws_->async_handshake("localhost", "/feed", [this](beast::error_code ec) {
      // expect-warning[websocket-missing-backoff]@-1{{'Feed::ws_' (Boost.Beast) to ws://localhost/feed reconnects after a fixed delay}}
      // expect-note[websocket-missing-backoff]@-2{{reopened from the handler registered by ws_->async_handshake(…)}}
      if (!ec)
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
    net::steady_timer timer(ioc_, std::chrono::seconds(2)); // #delay
    // expect-note[websocket-missing-backoff]@#delay{{the delay: timer(ioc_, std::chrono::seconds(2))}}
    timer.wait();
    connect();
  }
  net::io_context &ioc_;
  std::optional<plain_socket> ws_;
  beast::flat_buffer buffer_;
};

int main() {
  net::io_context ioc;
  Feed f(ioc);
  f.connect();
  ioc.run();
}
