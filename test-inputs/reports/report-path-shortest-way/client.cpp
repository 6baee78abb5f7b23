// Why a socket is in its client: the finding shows the most direct way from the entry to
// the opening (main → Client::connect → Client::open), the one a reviewer traces, not the
// first one a depth-first walk meets (the constructor stores a reconnect callback that
// reaches the opening too, through the field holding it).
#include "easywsclient.hpp"

#include <functional>
#include <string>

using easywsclient::WebSocket;

class Client {
public:
  Client() {
    on_close_ = [this] { open(); };
  }
  void connect() { open(); }
  void pump() {
    while (ws_->getReadyState() != WebSocket::CLOSED)
      ws_->poll(100);
    ws_->close();
    // expect-note[websocket-missing-backoff]@-1{{closed here, and then reopened through calls}}
    delete ws_;
    ws_ = nullptr;
    on_close_();
  }

private:
  void open() {
    ws_ = WebSocket::from_url("wss://feed.example.com/v1");
    // expect-warning[websocket-missing-heartbeat]@-1{{'Client::ws_' (easywsclient) to wss://feed.example.com/v1 has no heartbeat}}
    // expect-warning[websocket-missing-backoff]@-2{{reconnects with no delay}}
  }
  WebSocket::pointer ws_ = nullptr;
  std::function<void()> on_close_;
};

int main() {
  Client c;
  c.connect();
  c.pump();
}
