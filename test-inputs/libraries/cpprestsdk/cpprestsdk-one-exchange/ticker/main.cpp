// Look-alike: the message handler closes the client only on the server's "bye"; every
// other message keeps it open, so it is long-lived and has no heartbeat.
// REQUIRES: cpprest
#include <cpprest/ws_client.h>
#include <iostream>

using namespace web::websockets::client;

class Ticker {
public:
  void run() {
    client_.set_message_handler([this](const websocket_incoming_message &msg) {
      if (msg.extract_string().get() == "bye")
        client_.close().wait();
    });
    client_.connect(U("wss://ticker.example.com/live")).wait();
    // expect-warning[websocket-missing-heartbeat]@-1{{'Ticker::client_' (cpprestsdk) to wss://ticker.example.com/live has no heartbeat}}
  }

private:
  websocket_callback_client client_;
};

int main() {
  Ticker t;
  t.run();
}
