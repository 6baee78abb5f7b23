// A conformance testee: it asks the Autobahn|Testsuite fuzzing server how many cases there
// are, runs each case on a connection of its own (echoing what the server sends), then asks
// the server to write its reports. The server decides every frame of a case and closes the
// connection when the case is done; a heartbeat would add frames to the case under test.
// REQUIRES: websocketpp
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>

#include <functional>
#include <string>

using client = websocketpp::client<websocketpp::config::asio_client>;

int cases = 0;

void echo(client *c, websocketpp::connection_hdl h, client::message_ptr msg) {
  c->send(h, msg->get_payload(), msg->get_opcode());
}

int main(int argc, char **argv) {
  std::string server = argc > 1 ? argv[1] : "ws://localhost:9001";
  client c;
  c.init_asio();
  c.set_message_handler(
      std::bind(&echo, &c, std::placeholders::_1, std::placeholders::_2));
  websocketpp::lib::error_code ec;
  client::connection_ptr con = c.get_connection(server + "/getCaseCount", ec);
  c.connect(con);
  c.run();
  for (int i = 1; i <= cases; ++i) {
    c.reset();
    std::string url = server;
    url += "/runCase?case=" + std::to_string(i) + "&agent=testee";
    con = c.get_connection(url, ec);
    c.connect(con);
    c.run();
  }
  c.reset();
  con = c.get_connection(server + "/updateReports?agent=testee", ec);
  c.connect(con);
  c.run();
}
