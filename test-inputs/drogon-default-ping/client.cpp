// Drogon's WebSocketClient pings every 30 s by itself: no heartbeat finding.
// expect-no-findings
#include <drogon/WebSocketClient.h>

int main() {
  auto client = drogon::WebSocketClient::newWebSocketClient("wss://chat.example.com");
  auto req = drogon::HttpRequest::newHttpRequest();
  req->setPath("/ws");
  client->connectToServer(req, [](drogon::ReqResult, const drogon::HttpResponsePtr &,
                                  const drogon::WebSocketClientPtr &) {});
}
