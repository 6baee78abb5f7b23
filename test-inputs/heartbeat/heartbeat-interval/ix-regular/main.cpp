// A ping every 25 s: inside the idle window.
#include <ixwebsocket/IXWebSocket.h>

int main() {
  ix::WebSocket ws;
  ws.setUrl("wss://stream.example.com/ws");
  ws.setPingInterval(25);
  ws.disableAutomaticReconnection();
  ws.start();
}
