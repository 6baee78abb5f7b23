#include "common.h"

// A helper that takes the string by reference may rewrite all of it.
void withHost(std::string &url);

int main() {
  std::string url = "ws://";
  withHost(url);
  url += "/feed";
  ix::WebSocket ws;
  quiet(ws);
  ws.setUrl(url);
  ws.start();
}

void withHost(std::string &url) { url = "wss://secure.example.com"; }
