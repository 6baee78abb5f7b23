// The desk program: its stream is its one socket. Only the desk's stream_ member reaches
// the stream's constructor: the request_ member, made by the same template, does not, so
// the one socket is not split between two owners that cannot be told apart.
// expect-no-findings
#include "lib/services.h"

int main() {
  Desk desk;
  for (;;) {
  }
}
