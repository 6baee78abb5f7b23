#include "session.h"

void configure(Session &s) {
  // A reference to what the getter returns is the session's socket.
  auto &ws = s.socket();
  ws.set_option(pinging_timeout());
}

void openBackup(Conn &c) {
  // A reference bound to *ptr: the options and the read are the field's.
  auto &backup = *c.stream;
  // websocket-boundary(network-policy): the backup gateway is only reachable through the DR link.
  backup.handshake("backup.example.com", "/"); // #backup
  // expect-warning[websocket-insecure-endpoint]@#backup{{'Conn::stream' connects to ws://backup.example.com/ without TLS}}
  // expect-warning[websocket-missing-heartbeat]@#backup{{'Conn::stream' (Boost.Beast) to ws://backup.example.com/ has no heartbeat}}
}
