// Look-alike: a game of Pong; each paddle move is sent from the message callback as a Pong
// object's text. A class named Pong is the game's, not an answer to a ping.
#include <ixwebsocket/IXWebSocket.h>

#include <string>

struct Pong {
  explicit Pong(const std::string &move);
  std::string text() const;
};
std::string nextMove(const std::string &state);

int main() {
  static ix::WebSocket game;
  game.setUrl("wss://pong.example.com/");
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::game' (IXWebSocket) to wss://pong.example.com/ has no heartbeat}}
  game.setOnMessageCallback([](const ix::WebSocketMessagePtr &m) {
    game.send(Pong(nextMove(m->str)).text());
  });
  game.start();
}
