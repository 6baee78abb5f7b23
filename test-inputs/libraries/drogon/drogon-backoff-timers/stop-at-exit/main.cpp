// Look-alike: stop() at shutdown, not in the closed handler. Until then the library retries
// every dropped connection after a fixed second.
#include <drogon/WebSocketClient.h>

int main() {
  auto client = drogon::WebSocketClient::newWebSocketClient("wss://ticks.example.com");
  // expect-warning[websocket-missing-backoff]@-1{{'main::client' (Drogon) to wss://ticks.example.com reconnects after a fixed delay}}
  // expect-note[websocket-missing-backoff]@-2{{library default: Drogon's WebSocketClient reconnects by itself after a fixed 1 s}}
  client->setConnectionClosedHandler([](const drogon::WebSocketClientPtr &) {});
  auto req = drogon::HttpRequest::newHttpRequest();
  req->setPath("/ws");
  client->connectToServer(req, [](drogon::ReqResult, const drogon::HttpResponsePtr &,
                                  const drogon::WebSocketClientPtr &) {});
  client->stop();
}
