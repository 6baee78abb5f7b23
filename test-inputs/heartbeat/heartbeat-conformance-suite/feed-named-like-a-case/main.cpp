// A look-alike: a price feed whose query names a "runCase" parameter. The path is the
// feed's, not the test server's: a long-lived connection that needs a heartbeat.
// REQUIRES: websocketpp
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>

using client = websocketpp::client<websocketpp::config::asio_client>;

int main() {
  client c;
  c.init_asio();
  websocketpp::lib::error_code ec;
  auto con = c.get_connection("wss://prices.example.com/feed?runCase=1", ec); // #feed
  // expect-warning[websocket-missing-heartbeat]@#feed{{'main::con' (websocketpp) to wss://prices.example.com/feed?runCase=1 has no heartbeat}}
  c.connect(con);
  c.run();
}
