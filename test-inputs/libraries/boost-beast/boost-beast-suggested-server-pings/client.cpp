// suggested(role_type::server) enables idle pings (300 s idle timeout, keep_alive_pings).
// Odd on a client, but it does ping: no finding.
// REQUIRES: boost-beast
// expect-no-findings
#include "beast.h"

int main() {
  net::io_context ioc;
  ssl::context tls{ssl::context::tlsv12_client};
  tls_socket ws(ioc, tls);
  ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
  beast::flat_buffer buffer;
  ws.async_handshake("feed.example.com", "/", [&](beast::error_code) {
    ws.async_read(buffer, [](beast::error_code, std::size_t) {});
  });
  ioc.run();
}
