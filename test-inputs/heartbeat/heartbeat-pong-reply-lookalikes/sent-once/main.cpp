// Look-alike: one pong sent right after connecting, as a greeting, and never again: nothing
// answers the server's pings afterwards.
// REQUIRES: cpprest
#include <cpprest/ws_client.h>

#include <string>

using namespace web::websockets::client;

websocket_outgoing_message pong(const std::string &ping);
void deliver(const std::string &text);

int main() {
  websocket_client client;
  client.connect(U("wss://md.example.com/ws")).wait(); // #open
  // expect-warning[websocket-missing-heartbeat]@#open{{'main::client' (cpprestsdk) to wss://md.example.com/ws has no heartbeat}}
  client.send(pong("0")).wait();
  for (;;)
    deliver(client.receive().get().extract_string().get());
}
