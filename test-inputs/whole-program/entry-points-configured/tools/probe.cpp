// A member function named main is not a program's entry point: its socket belongs to no
// configured client (and its missing heartbeat is still reported).
#include <ixwebsocket/IXWebSocket.h>

struct Probe {
  static int main() {
    static ix::WebSocket ws;
    ws.setUrl("wss://probe.example.com/");
    // expect-warning[websocket-missing-heartbeat]@-1{{'Probe::main::ws' (IXWebSocket) to wss://probe.example.com/ has no heartbeat}}
    ws.start();
    return 0;
  }
};

int runProbe() { return Probe::main(); }
