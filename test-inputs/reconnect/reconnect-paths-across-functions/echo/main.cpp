// The look-alike: a second program with the same wrapper, whose close callback only stops.
// The first program's callback is not this program's: no reconnect here.
#include "../lib/link.h"

int main() {
  bool done = false;
  Link link;
  link.onClose([&done] { done = true; });
  link.open("ws://echo.example.com/");
  link.pump();
}
