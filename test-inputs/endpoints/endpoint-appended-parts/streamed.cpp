#include "common.h"

int main(int argc, char **argv) {
  int port = argc > 1 ? std::stoi(argv[1]) : 9000;
  std::ostringstream out;
  out << "ws://"
      << "prices.example.com:" << port << "/feed";
  ix::WebSocket ws;
  quiet(ws);
  ws.setUrl(out.str()); // #streamed
  // expect-warning[websocket-insecure-endpoint]@#streamed{{'main::ws' connects to ws://prices.example.com:…/feed without TLS}}
  ws.start();
}
