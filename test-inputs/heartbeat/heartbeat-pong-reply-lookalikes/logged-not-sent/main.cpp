// Look-alike: the message callback notices the server's pongs with a helper named
// logPong(), and sends only what the user types: nothing answers or pings.
#include <ixwebsocket/IXWebSocket.h>

#include <iostream>
#include <string>

void logPong(const std::string &text);
bool isPong(const std::string &text);

int main() {
  static ix::WebSocket chat;
  chat.setUrl("wss://chat.example.com/");
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::chat' (IXWebSocket) to wss://chat.example.com/ has no heartbeat}}
  chat.setOnMessageCallback([](const ix::WebSocketMessagePtr &m) {
    if (isPong(m->str))
      logPong(m->str);
  });
  chat.start();
  for (std::string line; std::getline(std::cin, line);)
    chat.send(line);
}
