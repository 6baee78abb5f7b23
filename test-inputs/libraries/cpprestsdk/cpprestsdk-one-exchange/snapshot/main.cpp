// One exchange: the message handler closes the client on every message, so the socket
// lives for one request and its reply and needs no heartbeat.
// REQUIRES: cpprest
#include <cpprest/ws_client.h>
#include <iostream>

using namespace web::websockets::client;

class Snapshot {
public:
  void fetch() {
    client_.set_message_handler([this](const websocket_incoming_message &msg) {
      std::cout << msg.extract_string().get() << "\n";
      client_.close().wait();
    });
    client_.connect(U("wss://book.example.com/snapshot")).wait();
    websocket_outgoing_message request;
    request.set_utf8_message("{\"get\":\"book\"}");
    client_.send(request).wait();
  }

private:
  websocket_callback_client client_;
};

int main() {
  Snapshot s;
  s.fetch();
}
