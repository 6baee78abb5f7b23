#include "common.h"

// The token is appended after the socket was given the URL: the socket never sends it, so
// there is no credential in its query string.
int main(int argc, char **argv) {
  std::string url = "ws://quotes.example.com/feed";
  ix::WebSocket ws;
  quiet(ws);
  ws.setUrl(url); // #later
  // expect-warning[websocket-insecure-endpoint]@#later{{'main::ws' connects to ws://quotes.example.com/feed without TLS}}
  url += "?access_token=";
  url += argc > 1 ? argv[1] : "";
  ws.start();
}
