// Look-alike: two sockets and one pong reply: which socket the peer pings is not said, so
// neither is taken to have a heartbeat.
#include <ixwebsocket/IXWebSocket.h>

#include <string>

enum class Kind { Ping, Pong, Data };
Kind kindOf(const std::string &);
std::string encode(Kind);

int main() {
  static ix::WebSocket feed, chat;
  feed.setUrl("wss://feed.example.com/");
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::feed' (IXWebSocket) to wss://feed.example.com/ has no heartbeat}}
  feed.setOnMessageCallback([](const ix::WebSocketMessagePtr &m) {
    if (kindOf(m->str) == Kind::Ping)
      feed.send(encode(Kind::Pong));
  });
  feed.start();
  chat.setUrl("wss://chat.example.com/");
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::chat' (IXWebSocket) to wss://chat.example.com/ has no heartbeat}}
  chat.start();
}
