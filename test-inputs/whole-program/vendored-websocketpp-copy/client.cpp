// websocketpp kept inside the project (third_party/wspp/websocketpp, here a link to the
// installed headers): its code is the library's, not the client's. Read as the client's,
// the library's own ping and pong code became this socket's heartbeat and the run was clean.
// REQUIRES: websocketpp
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>

using client = websocketpp::client<websocketpp::config::asio_client>;

int main() {
  client c;
  c.init_asio();
  websocketpp::lib::error_code ec;
  client::connection_ptr con = c.get_connection("wss://chat.example.com/", ec);
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::con' (websocketpp) to wss://chat.example.com/ has no heartbeat}}
  c.connect(con);
  c.run();
}
