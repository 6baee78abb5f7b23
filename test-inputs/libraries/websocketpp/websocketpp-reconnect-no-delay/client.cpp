// The close handler reconnects at once: no delay at all. The open handler pings once, 20 s
// after each connect (websocketpp's set_timer runs its handler once): no heartbeat.
// REQUIRES: websocketpp
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>

using client = websocketpp::client<websocketpp::config::asio_client>;

class Chat {
public:
  void start() {
    endpoint_.init_asio();
    endpoint_.set_close_handler([this](websocketpp::connection_hdl) { connect(); }); // #handler
    endpoint_.set_open_handler([this](websocketpp::connection_hdl h) {
      endpoint_.set_timer(20000, [this, h](websocketpp::lib::error_code const &) {
        endpoint_.ping(h, "");
      });
    });
    connect();
    endpoint_.run();
  }

private:
  void connect() {
    websocketpp::lib::error_code ec;
    auto con = endpoint_.get_connection("wss://chat.example.com/", ec);
    // expect-warning[websocket-missing-backoff]@-1{{'Chat::connect::con' (websocketpp) to wss://chat.example.com/ reconnects with no delay}}
    // expect-note[websocket-missing-backoff]@#handler{{reopened from the handler registered by endpoint_.set_close_handler}}
    // expect-warning[websocket-missing-heartbeat]@-3{{'Chat::connect::con' (websocketpp) to wss://chat.example.com/ has no heartbeat}}
    endpoint_.connect(con);
  }
  client endpoint_;
};

int main() {
  Chat c;
  c.start();
}
