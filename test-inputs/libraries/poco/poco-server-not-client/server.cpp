// A POCO WebSocket server: the request handler constructs WebSocket from the server's
// request and response, which accepts a connection instead of opening one. It even pings
// its peers; none of it is a client socket.
// REQUIRES: poco
// expect-no-findings
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/WebSocket.h>

using namespace Poco::Net;

class EchoHandler : public HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &request, HTTPServerResponse &response) override {
    WebSocket ws(request, response);
    char buf[1024];
    int flags = 0;
    int n = 0;
    do {
      ws.sendFrame("", 0, WebSocket::FRAME_FLAG_FIN | WebSocket::FRAME_OP_PING);
      n = ws.receiveFrame(buf, sizeof buf, flags);
      if (n > 0)
        ws.sendFrame(buf, n, flags);
    } while (n > 0 && (flags & WebSocket::FRAME_OP_BITMASK) != WebSocket::FRAME_OP_CLOSE);
  }
};

int main() {
  EchoHandler handler;
  (void)handler;
}
