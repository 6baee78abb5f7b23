// Look-alike: three reports, each fetched over its own short connection, one after the
// other on the calling thread: the helper's local connection is gone when it returns, so
// there is one at a time.
// REQUIRES: cpprest
// expect-no-findings
#include <cpprest/ws_client.h>

#include <string>

using namespace web::websockets::client;

static void read_until_closed(websocket_client &client) {
  for (;;) {
    auto msg = client.receive().get();
    if (msg.message_type() == websocket_message_type::close)
      return;
  }
}

static void fetch(std::string report) {
  websocket_client client;
  client.connect(U("wss://reports.example.com/ws")).wait();
  websocket_outgoing_message ask;
  ask.set_utf8_message(report);
  client.send(ask).wait();
  read_until_closed(client);
}

int main() {
  fetch("daily");
  fetch("weekly");
  fetch("monthly");
}
