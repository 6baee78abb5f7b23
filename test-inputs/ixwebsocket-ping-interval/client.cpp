// IXWebSocket pings when setPingInterval gets a positive interval (default -1: off).
// expect-no-findings
#include <ixwebsocket/IXWebSocket.h>

int main() {
  ix::WebSocket ws;
  ws.setUrl("wss://events.example.com/v2");
  ws.setPingInterval(45);
  ws.setOnMessageCallback([](const ix::WebSocketMessagePtr &) {});
  ws.start();
}
