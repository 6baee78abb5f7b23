// An IXWebSocket testee: the URL is stated by setUrl(…) and the connection opened by
// start(); every URL it states is the test server's.
#include <ixwebsocket/IXWebSocket.h>

#include <string>

int main(int argc, char **argv) {
  std::string server = argc > 1 ? argv[1] : "ws://localhost:9001";
  ix::WebSocket ws;
  ws.disableAutomaticReconnection();
  std::string url(server);
  url += "/getCaseCount";
  ws.setUrl(url);
  ws.start();
  ws.stop();
}
