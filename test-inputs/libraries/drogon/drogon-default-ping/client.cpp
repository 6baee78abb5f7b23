// follows-fix: heartbeat (the default ping left on)
// Drogon's WebSocketClient pings every 30 s by itself: no heartbeat finding. It also
// reconnects by itself, after a fixed second.
#include <drogon/WebSocketClient.h>

int main() {
  auto client = drogon::WebSocketClient::newWebSocketClient("wss://chat.example.com");
  // expect-warning[websocket-missing-backoff]@-1{{'main::client' (Drogon) to wss://chat.example.com reconnects after a fixed delay}}
  // expect-note[websocket-missing-backoff]@-2{{library default: Drogon's WebSocketClient reconnects by itself after a fixed 1 s}}
  auto req = drogon::HttpRequest::newHttpRequest();
  req->setPath("/ws");
  client->connectToServer(req, [](drogon::ReqResult, const drogon::HttpResponsePtr &,
                                  const drogon::WebSocketClientPtr &) {});
#if 0 // the preprocessor removes this second client: not a socket
  auto legacy = drogon::WebSocketClient::newWebSocketClient("wss://legacy.example.com");
#endif
}
