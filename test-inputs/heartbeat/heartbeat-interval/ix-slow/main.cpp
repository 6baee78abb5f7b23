// A ping every 400 s (an exchange's documented keep-alive, copied into a client): the
// connection sits silent far longer than the 60 s a NAT or load balancer allows.
#include <ixwebsocket/IXWebSocket.h>

int main() {
  ix::WebSocket ws;
  ws.setUrl("wss://stream.example.com/ws"); // #ix-open
  // expect-warning[websocket-missing-heartbeat]@#ix-open{{'main::ws' (IXWebSocket) to wss://stream.example.com/ws sends its heartbeat every 400 s, slower than the 60 s idle window}}
  ws.setPingInterval(400); // #ix-ping
  // expect-note[websocket-missing-heartbeat]@#ix-ping{{the heartbeat: setPingInterval with a positive interval: ws.setPingInterval(400)}}
  ws.disableAutomaticReconnection();
  ws.start();
}
