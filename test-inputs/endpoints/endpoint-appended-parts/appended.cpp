#include "common.h"

int main() {
  std::string url = "ws://";
  url += "quotes.example.com";
  url.append("/v2/quotes");
  ix::WebSocket ws;
  quiet(ws);
  ws.setUrl(url); // #appended
  // expect-warning[websocket-insecure-endpoint]@#appended{{'main::ws' connects to ws://quotes.example.com/v2/quotes without TLS}}
  ws.start();
}
