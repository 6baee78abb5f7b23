// 400 s between pings, inside the project's 600 s idle window: no finding.
#include <ixwebsocket/IXWebSocket.h>

int main() {
  ix::WebSocket ws;
  ws.setUrl("wss://stream.example.com/ws");
  ws.setPingInterval(400);
  ws.disableAutomaticReconnection();
  ws.start();
}
