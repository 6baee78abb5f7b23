#include "common.h"

#include <vector>

// Appended on every round of a loop: how many parts, and which, is only known at run time.
int main(int argc, char **argv) {
  std::vector<std::string> parts(argv + 1, argv + argc);
  std::string url = "ws://quotes.example.com";
  for (const std::string &p : parts)
    url += p;
  ix::WebSocket ws;
  quiet(ws);
  ws.setUrl(url);
  ws.start();
}
