#include "common.h"

struct Config {
  std::string host;
  int port = 0;
};

int main(int argc, char **argv) {
  Config config;
  config.host = argc > 1 ? argv[1] : "localhost";
  config.port = 9000;
  ix::WebSocket ws;
  quiet(ws);
  // The host is only known at run time: "ws://…:9000/feed" names no remote host.
  ws.setUrl("ws://" + config.host + ":" + std::to_string(9000) + "/feed");
  ws.start();
}
