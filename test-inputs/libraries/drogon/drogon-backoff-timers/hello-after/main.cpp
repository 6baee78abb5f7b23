// Look-alike: pings switched off, and one message sent a second after connecting (runAfter
// runs its function once): no heartbeat.
#include <drogon/WebSocketClient.h>

int main() {
  auto client = drogon::WebSocketClient::newWebSocketClient("wss://ticks.example.com");
  // expect-warning[websocket-missing-backoff]@-1{{'main::client' (Drogon) to wss://ticks.example.com reconnects after a fixed delay}}
  // expect-note[websocket-missing-backoff]@-2{{library default: Drogon's WebSocketClient reconnects by itself after a fixed 1 s}}
  // expect-warning[websocket-missing-heartbeat]@-3{{'main::client' (Drogon) to wss://ticks.example.com has no heartbeat}}
  auto req = drogon::HttpRequest::newHttpRequest();
  req->setPath("/ws");
  client->connectToServer(req, [](drogon::ReqResult, const drogon::HttpResponsePtr &,
                                  const drogon::WebSocketClientPtr &c) {
    c->getConnection()->disablePing();
    // expect-note[websocket-missing-heartbeat]@-1{{c->getConnection()->disablePing() switches the library's heartbeat off}}
    c->getLoop()->runAfter(1.0, [c] { c->getConnection()->send("{\"op\":\"hello\"}"); });
  });
}
