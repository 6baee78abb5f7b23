// A websocketpp wrapper whose connection is a local of its open(): each Link object has
// its own endpoint and makes its own connection there. Chat and Prices each own a Link, so
// the program holds two connections, and Chat's ping timer keeps only Chat's alive
// (the binary before counted one connection, with Chat's ping as its heartbeat).
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
    client::connection_ptr con = c_.get_connection(uri, ec); // #two-open
    // expect-warning[websocket-missing-heartbeat]@#two-open{{'Prices::link_ → Link::open::con' (websocketpp) has no heartbeat}}
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

class Prices {
public:
  void start() {
    link_.open("wss://prices.example.com/ws");
    link_.run();
  }

private:
  Link link_;
};

int main() {
  Chat chat;
  Prices prices;
  std::thread([&] { chat.start(); }).detach();
  prices.start();
}
