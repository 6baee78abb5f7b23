#include "common.h"

int main(int argc, char **argv) {
  std::string token = argc > 1 ? argv[1] : "";
  ix::WebSocket ws;
  quiet(ws);
  ws.setUrl("wss://api.example.com/stream?access_token=" + token); // #token
  // expect-warning[websocket-insecure-endpoint]@#token{{'main::ws' puts a credential ('access_token') in the endpoint's query string}}
  ws.start();
}
