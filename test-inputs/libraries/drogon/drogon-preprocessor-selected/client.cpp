// A macro selects the realtime backend; this build selects the long-polling one, so the
// Drogon WebSocket client below is never compiled.
// expect-no-findings
#include <drogon/WebSocketClient.h>

#define REALTIME_BACKEND_LONG_POLL 1
#define REALTIME_BACKEND_DROGON_WS 2
#define REALTIME_BACKEND REALTIME_BACKEND_LONG_POLL

int main() {
#if REALTIME_BACKEND == REALTIME_BACKEND_DROGON_WS
  auto client = drogon::WebSocketClient::newWebSocketClient("wss://chat.example.com");
  auto req = drogon::HttpRequest::newHttpRequest();
  req->setPath("/ws");
  client->connectToServer(req, [](drogon::ReqResult, const drogon::HttpResponsePtr &,
                                  const drogon::WebSocketClientPtr &) {});
#endif
}
