// The programs' wrapper: a websocketpp client whose close handler, registered in the
// wrapper's constructor, calls whatever its owner asked to run when the connection closes.
// The owners below construct their Link without writing an initializer for it, so the
// handler is registered by a constructor nobody calls by name.
#pragma once
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>

#include <chrono>
#include <functional>
#include <string>
#include <thread>

using client = websocketpp::client<websocketpp::config::asio_client>;

class Link {
public:
  Link() {
    endpoint_.init_asio();
    endpoint_.set_close_handler([this](websocketpp::connection_hdl) { closed_(); }); // #handler
  }
  void onClosed(std::function<void()> f) { closed_ = std::move(f); }
  void open(const std::string &url) {
    websocketpp::lib::error_code ec;
    auto con = endpoint_.get_connection(url, ec);
    // expect-warning[websocket-missing-backoff]@-1{{'Link::open::con' (websocketpp) reconnects with no delay}}
    // expect-note[websocket-missing-backoff]@#handler{{reopened from the handler registered by endpoint_.set_close_handler}}
    // (One finding: at-once and written-constructor share it, "the same in 2 clients".)
    endpoint_.connect(con);
    hdl_ = con->get_handle();
  }
  void keepAlive() {
    for (;;) {
      endpoint_.ping(hdl_, "");
      std::this_thread::sleep_for(std::chrono::seconds(20));
    }
  }
  void run() { endpoint_.run(); }

private:
  client endpoint_;
  websocketpp::connection_hdl hdl_;
  std::function<void()> closed_;
};
