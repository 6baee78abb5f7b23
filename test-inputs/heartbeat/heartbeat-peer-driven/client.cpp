// The server drives the heartbeat: it sends an application "ping" every few seconds and the
// client answers "pong" from its message handler. The socket is never idle and a dead peer
// is noticed by the server: no finding, though the client itself never pings.
// expect-no-findings
#include <ixwebsocket/IXWebSocket.h>

#include <string>

namespace proto {
enum class Type { Ping, Pong, Quote };
Type typeOf(const std::string &text);
std::string encode(Type t);
} // namespace proto

class QuoteClient {
public:
  void start() {
    ws_.setUrl("wss://quotes.example.com/");
    ws_.setOnMessageCallback([this](const ix::WebSocketMessagePtr &msg) { onMessage(msg->str); });
    ws_.start();
  }

private:
  void onMessage(const std::string &text) {
    if (proto::typeOf(text) == proto::Type::Ping)
      ws_.send(proto::encode(proto::Type::Pong));
  }
  ix::WebSocket ws_;
};

int main() {
  QuoteClient c;
  c.start();
}
