// A websocketpp client that pings through its endpoint from a repeating timer: the ping
// is on the endpoint that created the connection, and it repeats (a timer callback).
// REQUIRES: websocketpp
// expect-no-findings
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>

using client = websocketpp::client<websocketpp::config::asio_client>;

class Telemetry {
public:
  void run() {
    endpoint_.init_asio();
    endpoint_.set_open_handler([this](websocketpp::connection_hdl h) {
      hdl_ = h;
      schedulePing();
    });
    websocketpp::lib::error_code ec;
    client::connection_ptr con = endpoint_.get_connection("wss://telemetry.example.com/in", ec);
    endpoint_.connect(con);
    endpoint_.run();
  }

private:
  void schedulePing() {
    endpoint_.set_timer(15000, [this](websocketpp::lib::error_code const &) {
      endpoint_.ping(hdl_, "");
      schedulePing();
    });
  }
  client endpoint_;
  websocketpp::connection_hdl hdl_;
};

int main() {
  Telemetry t;
  t.run();
}
