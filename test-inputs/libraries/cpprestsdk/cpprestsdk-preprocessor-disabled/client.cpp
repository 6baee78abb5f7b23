// A build switch selects the transport; this build uses plain HTTP polling, so the
// cpprestsdk WebSocket client the preprocessor removes is not a socket.
// REQUIRES: cpprest
// expect-no-findings
#include <cpprest/http_client.h>
#include <cpprest/ws_client.h>

#define FEED_TRANSPORT_WEBSOCKET 0

int main() {
#if FEED_TRANSPORT_WEBSOCKET
  web::websockets::client::websocket_client feed;
  feed.connect(U("wss://feed.example.com/v1")).wait();
#else
  web::http::client::http_client feed(U("https://feed.example.com/v1"));
  feed.request(web::http::methods::GET).wait();
#endif
}
