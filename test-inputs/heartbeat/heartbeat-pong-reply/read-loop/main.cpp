// An exchange's market-data feed: the server sends {"ping": <ts>} every few seconds and
// closes connections that do not answer. The read loop answers each one with a message its
// helper pong() builds, on the same connection: the peer drives the heartbeat.
// REQUIRES: cpprest
// expect-no-findings
#include <cpprest/ws_client.h>

#include <string>

using namespace web::websockets::client;

websocket_outgoing_message pong(const std::string &ping);
bool isPing(const std::string &text);
void deliver(const std::string &text);

int main() {
  websocket_client client;
  client.connect(U("wss://md.example.com/ws")).wait();
  for (;;) {
    std::string text = client.receive().get().extract_string().get();
    if (isPing(text))
      client.send(pong(text)).wait();
    else
      deliver(text);
  }
}
