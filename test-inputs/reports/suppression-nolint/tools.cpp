// NOLINT comments silence exactly the checks they name, on exactly the lines they cover.
// REQUIRES: boost-beast
#include "beast.h"

void probe(plain_socket &a, plain_socket &b, plain_socket &c, plain_socket &d) {
  a.handshake("localhost", "/a"); // NOLINT(websocket-missing-heartbeat)
  // NOLINTNEXTLINE(websocket-connection-budget)
  b.handshake("localhost", "/b");
  // expect-warning[websocket-missing-heartbeat]@-1{{'probe::b'}}
  // NOLINTBEGIN(websocket-*)
  c.handshake("localhost", "/c");
  // NOLINTEND(websocket-*)
  d.handshake("localhost", "/d");
  // expect-warning[websocket-missing-heartbeat]@-1{{'probe::d'}}
}
