// A look-alike: the same connection object runs one test case, then stays on a live feed.
// One of its openings is not the test server's: that connection needs a heartbeat.
// REQUIRES: websocketpp
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>

#include <string>

using client = websocketpp::client<websocketpp::config::asio_client>;

int main(int argc, char **argv) {
  std::string server = argc > 1 ? argv[1] : "ws://localhost:9001";
  client c;
  c.init_asio();
  websocketpp::lib::error_code ec;
  client::connection_ptr con = c.get_connection(server + "/runCase?case=1&agent=x", ec); // #mixed
  // expect-warning[websocket-missing-heartbeat]@#mixed{{'main::con' (websocketpp) to wss://prices.example.com/live has no heartbeat}}
  c.connect(con);
  c.run();
  c.reset();
  con = c.get_connection("wss://prices.example.com/live", ec);
  c.connect(con);
  c.run();
}
