// The option struct is built in a variable: the fields assigned before set_option count,
// those assigned after do not.
// REQUIRES: boost-beast
#include "beast.h"

struct Tuned {
  explicit Tuned(net::io_context &ioc) : ws(ioc) {}
  void start() {
    auto opt = websocket::stream_base::timeout::suggested(beast::role_type::client);
    opt.idle_timeout = std::chrono::seconds(20);
    opt.keep_alive_pings = true;
    ws.set_option(opt);
    ws.async_handshake("localhost", "/", [this](beast::error_code) {
      ws.async_read(buffer, [](beast::error_code, std::size_t) {});
    });
  }
  plain_socket ws;
  beast::flat_buffer buffer;
};

struct TooLate {
  explicit TooLate(net::io_context &ioc) : ws(ioc) {}
  void start() {
    websocket::stream_base::timeout opt{std::chrono::seconds(30), std::chrono::seconds(20),
                                        false};
    ws.set_option(opt); // #opt
    opt.keep_alive_pings = true;
    ws.async_handshake("localhost", "/", [this](beast::error_code) {
      // expect-warning[websocket-missing-heartbeat]@-1{{'TooLate::ws' (Boost.Beast) to ws://localhost/ has no heartbeat}}
      // expect-note[websocket-missing-heartbeat]@#opt{{'keep_alive_pings' is false}}
      ws.async_read(buffer, [](beast::error_code, std::size_t) {});
    });
  }
  plain_socket ws;
  beast::flat_buffer buffer;
};
