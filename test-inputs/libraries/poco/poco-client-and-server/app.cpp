// POCO: the client constructor performs the handshake; the server constructor (server
// request and response) accepts one and is not a client socket. The client pings by hand
// inside its receive loop.
// REQUIRES: poco
// expect-no-findings
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/WebSocket.h>

using namespace Poco::Net;

void serve(HTTPServerRequest &req, HTTPServerResponse &resp) {
  WebSocket peer(req, resp);
  char buf[256];
  int flags = 0;
  peer.receiveFrame(buf, sizeof buf, flags);
}

int main() {
  HTTPClientSession session("localhost", 9980);
  HTTPRequest request(HTTPRequest::HTTP_GET, "/ws", HTTPMessage::HTTP_1_1);
  HTTPResponse response;
  WebSocket ws(session, request, response);
  char buf[256];
  int flags = 0;
  for (;;) {
    ws.sendFrame("", 0, WebSocket::FRAME_FLAG_FIN | WebSocket::FRAME_OP_PING);
    ws.receiveFrame(buf, sizeof buf, flags);
  }
}
