// Pings switched off and replaced by an application heartbeat from runEvery: a heartbeat.
#include <drogon/WebSocketClient.h>

int main() {
  auto client = drogon::WebSocketClient::newWebSocketClient("wss://ticks.example.com");
  // expect-warning[websocket-missing-backoff]@-1{{'main::client' (Drogon) to wss://ticks.example.com reconnects after a fixed delay}}
  // expect-note[websocket-missing-backoff]@-2{{library default: Drogon's WebSocketClient reconnects by itself after a fixed 1 s}}
  auto req = drogon::HttpRequest::newHttpRequest();
  req->setPath("/ws");
  client->connectToServer(req, [](drogon::ReqResult, const drogon::HttpResponsePtr &,
                                  const drogon::WebSocketClientPtr &c) {
    c->getConnection()->disablePing();
    c->getLoop()->runEvery(20.0, [c] { c->getConnection()->send("{\"op\":\"hb\"}"); });
  });
}
