// The poller program links the same library file but makes only request objects: it holds
// no socket (read with the template's instances as one function, making a Request seemed to
// make a Stream too).
#include "lib/services.h"

int main() {
  Poller poller;
  for (;;) {
  }
}
