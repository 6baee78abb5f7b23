// cpprestsdk never pings by itself. This client sends a ping message every 20 s from a
// thread: a heartbeat. A text message sent in the same loop is not a ping, and a ping sent
// once is not a heartbeat.
// REQUIRES: cpprest
#include <cpprest/ws_client.h>

#include <chrono>
#include <thread>

using namespace web::websockets::client;

int main() {
  websocket_client quotes;
  quotes.connect(U("wss://quotes.example.com/v1")).wait();
  std::thread keepalive([&quotes] {
    for (;;) {
      std::this_thread::sleep_for(std::chrono::seconds(20));
      websocket_outgoing_message ping;
      ping.set_ping_message();
      quotes.send(ping).wait();
    }
  });

  // websocket-boundary(reliability): order acks must not queue behind the quote stream
  websocket_client orders;
  orders.connect(U("wss://orders.example.com/v1")).wait(); // #orders
  // expect-warning[websocket-missing-heartbeat]@#orders{{'main::orders' (cpprestsdk) to wss://orders.example.com/v1 has no heartbeat}}
  websocket_outgoing_message hello;
  hello.set_ping_message();
  orders.send(hello).wait();
  for (int i = 0; i < 10; ++i) {
    websocket_outgoing_message text;
    text.set_utf8_message("status");
    orders.send(text).wait();
  }
  keepalive.join();
}
