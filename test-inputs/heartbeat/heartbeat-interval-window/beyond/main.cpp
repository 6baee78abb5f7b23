// 900 s between pings: beyond even the project's 600 s idle window.
#include <ixwebsocket/IXWebSocket.h>

int main() {
  ix::WebSocket ws;
  ws.setUrl("wss://stream.example.com/ws");
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::ws' (IXWebSocket) to wss://stream.example.com/ws sends its heartbeat every 900 s, slower than the 600 s idle window}}
  ws.setPingInterval(900);
  // expect-note[websocket-missing-heartbeat]@-1{{the heartbeat: setPingInterval with a positive interval: ws.setPingInterval(900)}}
  ws.disableAutomaticReconnection();
  ws.start();
}
