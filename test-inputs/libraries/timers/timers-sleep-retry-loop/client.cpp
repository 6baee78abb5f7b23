// A blocking POCO client retries in a loop, sleeping a fixed five seconds between attempts.
// REQUIRES: poco
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/WebSocket.h>

#include <chrono>
#include <thread>

using namespace Poco::Net;

int main() {
  for (;;) {
    try {
      HTTPClientSession session("localhost", 9980);
      HTTPRequest request(HTTPRequest::HTTP_GET, "/ws", HTTPMessage::HTTP_1_1);
      HTTPResponse response;
      WebSocket ws(session, request, response);
      // expect-warning[websocket-missing-backoff]@-1{{'main::ws' (POCO) to ws://localhost:9980/ws reconnects after a fixed delay}}
      // expect-note[websocket-missing-backoff]@-2{{reopened in a retry loop}}
      char buf[256];
      int flags = 0;
      while (ws.receiveFrame(buf, sizeof buf, flags) > 0)
        ws.sendFrame("", 0, WebSocket::FRAME_FLAG_FIN | WebSocket::FRAME_OP_PING);
    } catch (...) {
      std::this_thread::sleep_for(std::chrono::seconds(5)); // #sleep
      // expect-note[websocket-missing-backoff]@#sleep{{the delay: std::this_thread::sleep_for(std::chrono::seconds(5))}}
    }
  }
}
