// A telemetry feed: one socket, and a loop on its own thread that sends a reading each
// round. Whether that loop waits between rounds decides whether the readings are an
// application heartbeat; each program paces it through a helper of its own.
// REQUIRES: websocketpp
#pragma once
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>

#include <string>
#include <thread>

using client = websocketpp::client<websocketpp::config::asio_client>;

void pace();

class Feed {
public:
  void run(const std::string &uri) {
    c_.init_asio();
    websocketpp::lib::error_code ec;
    client::connection_ptr con = c_.get_connection(uri, ec); // #open
    // expect-warning[websocket-missing-heartbeat]@#open{{WebSocket 'Feed::run::con' (websocketpp) has no heartbeat}}
    hdl_ = con->get_handle();
    c_.connect(con);
    std::thread io(&client::run, &c_);
    loop();
    io.join();
  }

private:
  void loop() {
    unsigned count = 0;
    while (!done_) {
      c_.send(hdl_, std::to_string(count++), websocketpp::frame::opcode::text);
      pace();
    }
  }

  client c_;
  websocketpp::connection_hdl hdl_;
  bool done_ = false;
};
