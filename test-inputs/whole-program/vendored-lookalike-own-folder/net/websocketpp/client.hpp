// The project's own folder named after the library, holding a header named like the
// library's websocketpp/client.hpp: it wraps the installed library, it is not a copy of it
// (it declares no websocketpp::client). Its code is the user's: the socket and the timer
// ping in it must be read.
#pragma once
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>

using endpoint = websocketpp::client<websocketpp::config::asio_client>;

class Telemetry {
public:
  void run() {
    endpoint_.init_asio();
    endpoint_.set_open_handler([this](websocketpp::connection_hdl h) {
      hdl_ = h;
      schedulePing();
    });
    websocketpp::lib::error_code ec;
    endpoint::connection_ptr con = endpoint_.get_connection("wss://telemetry.example.com/in", ec);
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
  endpoint endpoint_;
  websocketpp::connection_hdl hdl_;
};
