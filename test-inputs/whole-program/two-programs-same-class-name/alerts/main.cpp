// The other program's hub never pings: the ticker's setPingInterval on its own `hub::ws`
// is another executable's code and does not keep this socket alive.
#include <ixwebsocket/IXWebSocket.h>

struct hub {
  void open() {
    ws.setUrl("wss://alerts.example.com/");
    // expect-warning[websocket-missing-heartbeat]@-1{{'hub::ws' (IXWebSocket) to wss://alerts.example.com/ has no heartbeat}}
    ws.disableAutomaticReconnection();
    ws.start();
  }
  ix::WebSocket ws;
};

int main() {
  hub h;
  h.open();
}
