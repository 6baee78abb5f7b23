// Look-alike: a game client names the game it plays in each move it sends from the message
// callback. A message that mentions "pong" is not an answer to a ping.
#include <ixwebsocket/IXWebSocket.h>

#include <string>

int main() {
  static ix::WebSocket game;
  game.setUrl("wss://arcade.example.com/");
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::game' (IXWebSocket) to wss://arcade.example.com/ has no heartbeat}}
  game.setOnMessageCallback([](const ix::WebSocketMessagePtr &) {
    game.send("{\"game\": \"pong\", \"move\": \"up\"}");
  });
  game.start();
}
