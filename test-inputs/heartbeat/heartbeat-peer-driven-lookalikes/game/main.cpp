// Look-alike: a game called Pong is not a ping/pong exchange (a class, not a message kind).
#include <ixwebsocket/IXWebSocket.h>

struct Pong {
  int score = 0;
};

int main() {
  Pong game;
  static ix::WebSocket ws;
  ws.setUrl("wss://scores.example.com/");
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::ws' (IXWebSocket) to wss://scores.example.com/ has no heartbeat}}
  ws.setOnMessageCallback([&game](const ix::WebSocketMessagePtr &) { ++game.score; });
  ws.start();
}
