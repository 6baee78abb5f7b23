// Look-alike: Prices reaches its Link through a shared_ptr it was given, so whose Link
// that is cannot be told from the code: the connection stays one, as before, rather than
// credit the ping to Chat alone.
// REQUIRES: websocketpp
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_client.hpp>

#include <memory>
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

class Prices {
public:
  explicit Prices(std::shared_ptr<Link> link) : link_(std::move(link)) {}
  void start() {
    link_->open("wss://prices.example.com/ws");
    link_->run();
  }

private:
  std::shared_ptr<Link> link_;
};

int main() {
  Chat chat;
  Prices prices(std::make_shared<Link>());
  std::thread([&] { chat.start(); }).detach();
  prices.start();
}
