// Look-alike: the same, with the message kinds told apart by a switch: a `case Pong:` that
// logs is still only noticing.
#include <ixwebsocket/IXWebSocket.h>

#include <cstdio>

int main() {
  static ix::WebSocket ws;
  ws.setUrl("wss://switch.example.com/");
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::ws' (IXWebSocket) to wss://switch.example.com/ has no heartbeat}}
  ws.setOnMessageCallback([](const ix::WebSocketMessagePtr &msg) {
    switch (msg->type) {
    case ix::WebSocketMessageType::Pong:
      std::puts("pong");
      break;
    default:
      break;
    }
  });
  ws.start();
}
