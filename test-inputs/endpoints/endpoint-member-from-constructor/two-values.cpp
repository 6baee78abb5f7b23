#include "common.h"

// Two objects with different URLs: the field holds either.
int main() {
  Feed secure("wss://quotes.example.com/feed");
  Feed plain("ws://quotes.example.com/feed");
  secure.run();
}
