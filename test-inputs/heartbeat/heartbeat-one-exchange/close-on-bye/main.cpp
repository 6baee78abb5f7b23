// Look-alike: the message handler closes only when the server says "bye". Until then the
// connection stays open, and nothing pings it.
// REQUIRES: websocketpp
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>

#include <functional>

using client = websocketpp::client<websocketpp::config::asio_client>;

class Chat {
public:
  void run() {
    endpoint_.init_asio();
    endpoint_.set_message_handler(
        std::bind(&Chat::onMessage, this, std::placeholders::_1, std::placeholders::_2));
    websocketpp::lib::error_code ec;
    auto con = endpoint_.get_connection("wss://chat.example.com/", ec);
    // expect-warning[websocket-missing-heartbeat]@-1{{'Chat::run::con' (websocketpp) to wss://chat.example.com/ has no heartbeat}}
    endpoint_.connect(con);
    endpoint_.run();
  }

private:
  void onMessage(websocketpp::connection_hdl h, client::message_ptr msg) {
    if (msg->get_payload() == "bye")
      endpoint_.close(h, websocketpp::close::status::normal, "done");
  }
  client endpoint_;
};

int main() {
  Chat c;
  c.run();
}
