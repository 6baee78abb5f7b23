// websocketpp never pings by itself; set_pong_timeout only times a ping's reply, and a
// ping sent once from main is not a heartbeat.
// REQUIRES: websocketpp
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>

using client = websocketpp::client<websocketpp::config::asio_client>;

int main() {
  client c;
  c.init_asio();
  c.set_pong_timeout(5000);
  websocketpp::lib::error_code ec;
  client::connection_ptr con = c.get_connection("wss://chat.example.com/", ec);
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::con' (websocketpp) to wss://chat.example.com/ has no heartbeat}}
  c.connect(con);
  c.ping(con->get_handle(), "hello");
  c.run();
}
