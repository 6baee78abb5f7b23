// Look-alike: one ping sent by hand right after the handshake is started, never again: no
// heartbeat.
// REQUIRES: boost-beast
#include "beast.h"

class Feed {
public:
  explicit Feed(net::io_context &ioc) : ioc_(ioc) {}
  void connect() {
    ws_.emplace(ioc_);
    ws_->async_handshake("localhost", "/feed", [](beast::error_code) {});
    // expect-warning[websocket-missing-heartbeat]@-1{{'Feed::ws_' (Boost.Beast) to ws://localhost/feed has no heartbeat}}
    ws_->async_ping({}, [](beast::error_code) {});
  }

private:
  net::io_context &ioc_;
  std::optional<plain_socket> ws_;
};

int main() {
  net::io_context ioc;
  Feed f(ioc);
  f.connect();
  ioc.run();
}
