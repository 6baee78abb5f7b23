// Two connections (quotes, and a private account feed on its own credentials), each
// answering the server's application pings on itself from its message callback: each has
// its heartbeat, though the client never pings first.
// expect-no-findings
#include <ixwebsocket/IXWebSocket.h>

#include <string>

namespace wire {
enum class Op { Ping, Pong, Data };
Op opOf(const std::string &text);
std::string frame(Op op);
} // namespace wire

int main() {
  static ix::WebSocket quotes, account;
  quotes.setUrl("wss://quotes.example.com/");
  quotes.setOnMessageCallback([](const ix::WebSocketMessagePtr &m) {
    if (wire::opOf(m->str) == wire::Op::Ping)
      quotes.send(wire::frame(wire::Op::Pong));
  });
  // websocket-boundary(trust): the account feed signs in with the user's own key.
  account.setUrl("wss://account.example.com/");
  account.setOnMessageCallback([](const ix::WebSocketMessagePtr &m) {
    if (wire::opOf(m->str) == wire::Op::Ping) {
      const std::string reply = wire::frame(wire::Op::Pong);
      account.send(reply);
    }
  });
  quotes.start();
  account.start();
}
