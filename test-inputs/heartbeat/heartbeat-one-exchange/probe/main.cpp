// A timing probe: it sends one message when the connection opens and closes the connection
// when the first reply arrives (the message handler closes on every message). The
// connection lives for one exchange: there is nothing left open for a heartbeat to keep.
// REQUIRES: websocketpp
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>

#include <functional>

using client = websocketpp::client<websocketpp::config::asio_client>;

class Probe {
public:
  void run() {
    endpoint_.init_asio();
    endpoint_.set_open_handler(std::bind(&Probe::onOpen, this, std::placeholders::_1));
    endpoint_.set_message_handler(
        std::bind(&Probe::onMessage, this, std::placeholders::_1, std::placeholders::_2));
    websocketpp::lib::error_code ec;
    auto con = endpoint_.get_connection("wss://echo.example.com/", ec);
    endpoint_.connect(con);
    endpoint_.run();
  }

private:
  void onOpen(websocketpp::connection_hdl h) {
    endpoint_.send(h, "t0", websocketpp::frame::opcode::text);
  }
  void onMessage(websocketpp::connection_hdl h, client::message_ptr) {
    endpoint_.close(h, websocketpp::close::status::normal, "done");
  }
  client endpoint_;
};

int main() {
  Probe p;
  p.run();
}
