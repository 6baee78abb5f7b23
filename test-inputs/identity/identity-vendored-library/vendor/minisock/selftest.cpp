// The library's own test program: with `library: ["vendor/**"]` it is library code, not a
// client of the project.
#include "minisock.h"

int main() {
  mini::Socket a, b, c;
  a.connect("ws://example.com/a");
  b.connect("ws://example.com/b");
  c.connect("ws://example.com/c");
}
