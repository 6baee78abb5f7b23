// timeout::suggested(role_type::client) sets a handshake timeout but turns idle pings off.
// REQUIRES: boost-beast
#include "beast.h"

class Quotes {
public:
  Quotes(net::io_context &ioc, ssl::context &tls) : ws_(ioc, tls) {}
  void start() {
    ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client)); // #opt
    ws_.async_handshake("quotes.example.com", "/q", [this](beast::error_code ec) {
      // expect-warning[websocket-missing-heartbeat]@-1{{'Quotes::ws_' (Boost.Beast) to wss://quotes.example.com/q has no heartbeat}}
      // expect-note[websocket-missing-heartbeat]@#opt{{suggested(beast::role_type::client)) sends no pings}}
      if (!ec)
        ws_.async_read(buffer_, [](beast::error_code, std::size_t) {});
    });
  }

private:
  tls_socket ws_;
  beast::flat_buffer buffer_;
};

int main() {
  net::io_context ioc;
  ssl::context tls{ssl::context::tlsv12_client};
  Quotes q(ioc, tls);
  q.start();
  ioc.run();
}
