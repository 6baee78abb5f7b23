#include "common.h"

// Appended after the use, but on every round of a loop: the second round's URL is longer.
int main(int argc, char **) {
  std::string url = "ws://quotes.example.com/feed";
  ix::WebSocket ws;
  quiet(ws);
  for (int i = 0; i < argc; ++i) {
    ws.setUrl(url);
    ws.start();
    url += "?resume=1";
  }
}
