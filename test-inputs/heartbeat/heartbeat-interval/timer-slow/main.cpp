// A ping from a timer that re-arms itself every 300 000 ms (five minutes).
// REQUIRES: websocketpp
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_client.hpp>

using client = websocketpp::client<websocketpp::config::asio_tls_client>;

class Feed {
public:
  void run() {
    endpoint_.init_asio();
    endpoint_.set_open_handler([this](websocketpp::connection_hdl h) {
      hdl_ = h;
      schedulePing();
    });
    websocketpp::lib::error_code ec;
    client::connection_ptr con = endpoint_.get_connection("wss://feed.example.com/ws", ec);
    // expect-warning[websocket-missing-heartbeat]@-1{{'Feed::run::con' (websocketpp) to wss://feed.example.com/ws sends its heartbeat every 300 s, slower than the 60 s idle window}}
    endpoint_.connect(con);
    endpoint_.run();
  }

private:
  void schedulePing() {
    endpoint_.set_timer(300000, [this](websocketpp::lib::error_code const &) {
      endpoint_.ping(hdl_, ""); // #timer-ping
      // expect-note[websocket-missing-heartbeat]@#timer-ping{{the heartbeat: ping sent by hand: endpoint_.ping(hdl_, "")}}
      schedulePing();
    });
  }
  client endpoint_;
  websocketpp::connection_hdl hdl_;
};

int main() {
  Feed f;
  f.run();
}
