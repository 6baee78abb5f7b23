#include "common.h"

// One object made here, one by make_shared (its arguments are given to library code).
int main() {
  Feed direct("wss://quotes.example.com/feed");
  auto shared = std::make_shared<Feed>("ws://quotes.example.com/feed");
  shared->run();
}
