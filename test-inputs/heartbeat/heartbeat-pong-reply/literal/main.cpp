// The server sends {"ping": <time>} and expects {"pong": <time>} back; this client writes the
// reply as text in its message callback (one socket answering the exchange's pings, and a
// second on its own credentials answering a plain "pong"). Each has its heartbeat.
// expect-no-findings
#include <ixwebsocket/IXWebSocket.h>

#include <string>

bool isPing(const std::string &text);

int main() {
  static ix::WebSocket market, account;
  market.setUrl("wss://market.example.com/ws");
  market.setOnMessageCallback([](const ix::WebSocketMessagePtr &m) {
    if (isPing(m->str))
      market.send("{\"pong\": 1}");
  });
  // websocket-boundary(trust): the account feed signs in with the user's own key.
  account.setUrl("wss://account.example.com/ws");
  account.setOnMessageCallback([](const ix::WebSocketMessagePtr &m) {
    if (m->str == "ping") {
      const std::string reply = "pong";
      account.send(reply);
    }
  });
  market.start();
  account.start();
}
