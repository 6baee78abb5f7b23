// Two programs in one repository each define their own `struct hub`: the same name, with
// external linkage, in different executables. This one pings.
#include <ixwebsocket/IXWebSocket.h>

struct hub {
  void open() {
    ws.setUrl("wss://ticker.example.com/");
    ws.setPingInterval(10);
    ws.disableAutomaticReconnection();
    ws.start();
  }
  ix::WebSocket ws;
};

int main() {
  hub h;
  h.open();
}
