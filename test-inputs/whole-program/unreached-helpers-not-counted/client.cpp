// main opens one socket. Two more are opened by helpers that no entry point reaches (dead
// code, or a tool linked elsewhere): they do not count against main's budget, though
// per-socket checks still apply to them.
// REQUIRES: boost-beast
#include "beast.h"

struct Feed {
  explicit Feed(net::io_context &ioc) : ws(ioc) {}
  void open() {
    ws.set_option(pinging_timeout());
    ws.async_handshake("localhost", "/feed", [this](beast::error_code) {
      ws.async_read(buffer, [](beast::error_code, std::size_t) {});
    });
  }
  plain_socket ws;
  beast::flat_buffer buffer;
};

void debugProbe(net::io_context &ioc) {
  plain_socket a(ioc), b(ioc);
  a.handshake("localhost", "/a");
  // expect-warning[websocket-missing-heartbeat]@-1{{'debugProbe::a'}}
  b.handshake("localhost", "/b");
  // expect-warning[websocket-missing-heartbeat]@-1{{'debugProbe::b'}}
}

int main() {
  net::io_context ioc;
  Feed feed(ioc);
  feed.open();
  ioc.run();
}
