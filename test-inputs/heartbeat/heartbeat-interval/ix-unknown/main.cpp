// Look-alike: the interval comes from the configuration; the code does not say how long it
// is, so nothing is claimed about it.
#include <ixwebsocket/IXWebSocket.h>

struct Settings {
  int pingSeconds;
};

void run(const Settings &s) {
  ix::WebSocket ws;
  ws.setUrl("wss://stream.example.com/ws");
  ws.setPingInterval(s.pingSeconds);
  ws.disableAutomaticReconnection();
  ws.start();
}

int main() { run(Settings{400}); }
