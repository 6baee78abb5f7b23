// cpprestsdk has no automatic ping; the URL comes through web::uri.
// REQUIRES: cpprest
#include <cpprest/ws_client.h>

using namespace web::websockets::client;

int main() {
  websocket_callback_client client;
  client.connect(U("wss://stream.example.com/updates")).wait();
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::client' (cpprestsdk) to wss://stream.example.com/updates has no heartbeat}}
}
