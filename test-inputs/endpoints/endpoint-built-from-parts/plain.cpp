#include "common.h"

static const char *const kPath = "/v2/quotes";

int main() {
  std::string host = "quotes.example.com";
  std::string url = "ws://" + host + kPath;
  ix::WebSocket ws;
  quiet(ws);
  ws.setUrl(url); // #plain
  // expect-warning[websocket-insecure-endpoint]@#plain{{'main::ws' connects to ws://quotes.example.com/v2/quotes without TLS}}
  ws.start();
}
