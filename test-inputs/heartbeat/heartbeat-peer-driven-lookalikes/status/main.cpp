// Look-alike: a message kind named Pong that only a start-up log line mentions, never in
// code that runs on the socket's events: nothing says the peer pings.
#include <ixwebsocket/IXWebSocket.h>

#include <cstdio>

enum class Kind { Ping, Pong, Data };

static const char *describe(Kind k) { return k == Kind::Pong ? "pong" : "other"; }

int main() {
  std::printf("%s\n", describe(Kind::Data));
  static ix::WebSocket ws;
  ws.setUrl("wss://status.example.com/");
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::ws' (IXWebSocket) to wss://status.example.com/ has no heartbeat}}
  ws.start();
}
