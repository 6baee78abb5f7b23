// The tap's main, named in the config as 'main' within its paths.
#include <ixwebsocket/IXWebSocket.h>

int main() {
  ix::WebSocket orders;
  orders.setUrl("wss://orders.example.com/");
  orders.setPingInterval(20);
  orders.start();
}
