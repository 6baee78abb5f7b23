// The closed handler stops the client and does not reconnect: the library's own fixed
// retry is ended, and nothing reopens the connection. No backoff finding.
#include <drogon/WebSocketClient.h>

int main() {
  auto client = drogon::WebSocketClient::newWebSocketClient("wss://ticks.example.com");
  client->setConnectionClosedHandler([](const drogon::WebSocketClientPtr &c) { c->stop(); });
  auto req = drogon::HttpRequest::newHttpRequest();
  req->setPath("/ws");
  client->connectToServer(req, [](drogon::ReqResult, const drogon::HttpResponsePtr &,
                                  const drogon::WebSocketClientPtr &) {});
}
