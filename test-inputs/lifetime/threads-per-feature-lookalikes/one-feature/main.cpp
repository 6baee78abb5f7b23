// Look-alike: the same helpers, and the program subscribes once: one thread, one
// connection.
// REQUIRES: cpprest
// expect-no-findings
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
    reader.detach();
    std::this_thread::sleep_for(std::chrono::minutes(10));
    client.close().wait();
    std::this_thread::sleep_for(std::chrono::seconds(5));
  }
}

struct Market {
  void trades() { std::thread(keep, std::string("trades")).detach(); }
  void depth() { std::thread(keep, std::string("depth")).detach(); }
};

int main() {
  Market m;
  m.trades();
  std::this_thread::sleep_for(std::chrono::hours(24));
}
