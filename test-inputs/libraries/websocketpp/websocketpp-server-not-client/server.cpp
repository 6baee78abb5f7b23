// A websocketpp server: no client socket.
// REQUIRES: websocketpp
// expect-no-findings
#include <websocketpp/config/asio_no_tls.hpp>
#include <websocketpp/server.hpp>

using server = websocketpp::server<websocketpp::config::asio>;

int main() {
  server s;
  s.init_asio();
  s.listen(9002);
  s.start_accept();
  s.run();
}
