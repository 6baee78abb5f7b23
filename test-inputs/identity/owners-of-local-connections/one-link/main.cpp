// Look-alike: only Chat owns a Link (Prices has none). One connection, with Chat's ping
// as its heartbeat: no finding.
// REQUIRES: websocketpp
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_client.hpp>

#include <string>
#include <thread>

using client = websocketpp::client<websocketpp::config::asio_tls_client>;

class Link {
public:
  Link() { c_.init_asio(); }
  void open(const std::string &uri) {
    websocketpp::lib::error_code ec;
    client::connection_ptr con = c_.get_connection(uri, ec);
    c_.connect(con);
  }
  void pingEvery25s() {
    c_.set_timer(25000, [this](websocketpp::lib::error_code const &) {
      c_.ping(hdl_, "");
      pingEvery25s();
    });
  }
  void run() { c_.run(); }

private:
  client c_;
  websocketpp::connection_hdl hdl_;
};

class Chat {
public:
  void start() {
    link_.open("wss://chat.example.com/ws");
    link_.pingEvery25s();
    link_.run();
  }

private:
  Link link_;
};

int main() {
  Chat chat;
  chat.start();
}
