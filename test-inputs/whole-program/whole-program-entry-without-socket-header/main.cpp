// The entry point includes only the app's own header; its calls reach the sockets through
// a factory and a virtual call, so it must still be parsed for them and be this client's
// entry.
#include "app/transport.h"

int main(int argc, char **) {
  auto t = makeTransport(argc > 1);
  t->open();
}
