#include "session.h"

int main() {
  net::io_context ioc;
  Session session(ioc);
  configure(session);
  session.socket().handshake("primary.example.com", "/live"); // #primary
  // expect-warning[websocket-insecure-endpoint]@#primary{{'Session::ws_' connects to ws://primary.example.com/live without TLS}}
  session.start();
  Conn conn{std::make_unique<plain_socket>(ioc)};
  openBackup(conn);
  ioc.run();
}
