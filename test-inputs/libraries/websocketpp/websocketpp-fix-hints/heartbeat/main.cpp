// follows-fix: heartbeat (ping(hdl, payload) from a steady_timer that re-arms itself, and a pong timeout whose handler closes the dead connection)
// REQUIRES: websocketpp
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_client.hpp>

#include <chrono>
#include <functional>

using client = websocketpp::client<websocketpp::config::asio_tls_client>;

class Telemetry {
public:
  Telemetry() : timer_(ioc_) {}
  void run() {
    endpoint_.init_asio(&ioc_);
    endpoint_.set_pong_timeout(10000);
    endpoint_.set_pong_timeout_handler([this](websocketpp::connection_hdl h, std::string) {
      websocketpp::lib::error_code ec;
      endpoint_.close(h, websocketpp::close::status::going_away, "no pong", ec);
    });
    endpoint_.set_open_handler([this](websocketpp::connection_hdl h) {
      hdl_ = h;
      arm();
    });
    websocketpp::lib::error_code ec;
    client::connection_ptr con = endpoint_.get_connection("wss://telemetry.example.com/in", ec);
    endpoint_.connect(con);
    ioc_.run();
  }

private:
  void arm() {
    timer_.expires_after(std::chrono::seconds(20));
    timer_.async_wait(std::bind(&Telemetry::onTimer, this, std::placeholders::_1));
  }
  void onTimer(const websocketpp::lib::asio::error_code &ec) {
    if (ec)
      return;
    websocketpp::lib::error_code sent;
    endpoint_.ping(hdl_, "hb", sent);
    arm();
  }
  websocketpp::lib::asio::io_service ioc_;
  websocketpp::lib::asio::steady_timer timer_;
  client endpoint_;
  websocketpp::connection_hdl hdl_;
};

int main() {
  Telemetry t;
  t.run();
}
