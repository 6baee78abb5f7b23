// A look-alike: the same socket is given the test server's URL, then a URL only known at
// run time, and started again. Where the second goes is unknown: it may be long-lived.
#include <ixwebsocket/IXWebSocket.h>

#include <string>

int main(int argc, char **argv) {
  std::string server = argc > 1 ? argv[1] : "ws://localhost:9001";
  ix::WebSocket ws;
  ws.disableAutomaticReconnection();
  ws.setUrl(server + "/getCaseCount"); // #ix-first
  // expect-warning[websocket-missing-heartbeat]@#ix-first{{'main::ws' (IXWebSocket) to …/getCaseCount has no heartbeat}}
  ws.start();
  ws.stop();
  ws.setUrl(argc > 2 ? argv[2] : server);
  ws.start();
}
