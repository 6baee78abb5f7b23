// Look-alike: two sockets and one pong reply, sent on the feed: the feed answers its
// server's pings, the chat answers nothing and keeps its finding.
#include <ixwebsocket/IXWebSocket.h>

#include <string>

enum class Kind { Ping, Pong, Data };
Kind kindOf(const std::string &);
std::string encode(Kind);

int main() {
  static ix::WebSocket feed, chat;
  feed.setUrl("wss://feed.example.com/");
  feed.setOnMessageCallback([](const ix::WebSocketMessagePtr &m) {
    if (kindOf(m->str) == Kind::Ping)
      feed.send(encode(Kind::Pong));
  });
  feed.start();
  chat.setUrl("wss://chat.example.com/");
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::chat' (IXWebSocket) to wss://chat.example.com/ has no heartbeat}}
  chat.start();
}
