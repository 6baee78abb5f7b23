// A market-data SDK in the shape of several exchange SDKs: each subscription method starts a
// thread of its own running one shared helper, keep(), which makes a websocket_client each
// round and hands it by std::ref to a reader thread that dials and reads. Three
// subscriptions are three threads, each holding its own connection: three at once, where
// one connection with three channels would do. The socket is keep()'s local, the one the
// reader is handed, not the reader's parameter.
// REQUIRES: cpprest
#include <cpprest/ws_client.h>

#include <chrono>
#include <string>
#include <thread>

using namespace web::websockets::client;

static void read_loop(websocket_client &client, std::string topic) {
  client.connect(U("wss://md.example.com/ws")).wait();
  websocket_outgoing_message sub;
  sub.set_utf8_message("{\"sub\":\"" + topic + "\"}");
  client.send(sub).wait();
  for (;;)
    client.receive().get();
}

static void keep(std::string topic) {
  for (;;) {
    websocket_client client;
    std::thread reader(read_loop, std::ref(client), topic);
    // expect-warning[websocket-connection-budget]@-1{{client 'threads-per-feature' holds 3 WebSocket connections; a desktop client's ceiling is 2}}
    // expect-note[websocket-connection-budget]@-2{{connections 1-3 of 3: 'keep::client' (cpprestsdk) to wss://md.example.com/ws, one copy for each place below}}
    reader.detach();
    std::this_thread::sleep_for(std::chrono::minutes(10));
    client.close().wait();
    std::this_thread::sleep_for(std::chrono::seconds(5));
  }
}

struct Market {
  void trades() { std::thread(keep, std::string("trades")).detach(); }
  // expect-note[websocket-connection-budget]@-1{{connection 1 of 3: 'Market::trades' starts 'keep' on a thread of its own}}
  void depth() { std::thread(keep, std::string("depth")).detach(); }
  // expect-note[websocket-connection-budget]@-1{{connection 2 of 3: 'Market::depth' starts 'keep' on a thread of its own}}
  void candles() { std::thread(keep, std::string("candles")).detach(); }
  // expect-note[websocket-connection-budget]@-1{{connection 3 of 3: 'Market::candles' starts 'keep' on a thread of its own}}
};

int main() {
  Market m;
  m.trades();
  m.depth();
  m.candles();
  std::this_thread::sleep_for(std::chrono::hours(24));
}
