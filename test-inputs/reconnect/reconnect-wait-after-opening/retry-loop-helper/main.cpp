// Look-alike: a retry loop calls a helper that opens, reads until the connection ends,
// then waits a second. That wait follows this round's opening, but it precedes the next
// round's: a fixed delay.
// REQUIRES: poco
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/WebSocket.h>

#include <chrono>
#include <thread>

using namespace Poco::Net;

static bool session() {
  HTTPClientSession http("localhost", 9000);
  HTTPRequest request(HTTPRequest::HTTP_GET, "/feed", HTTPMessage::HTTP_1_1);
  HTTPResponse response;
  try {
    WebSocket ws(http, request, response);
    // expect-warning[websocket-missing-backoff]@-1{{'session::ws' (POCO) to ws://localhost:9000/feed reconnects after a fixed delay}}
    // expect-warning[websocket-missing-heartbeat]@-2{{'session::ws' (POCO) to ws://localhost:9000/feed has no heartbeat}}
    char buffer[256];
    int flags = 0;
    while (ws.receiveFrame(buffer, sizeof buffer, flags) > 0) {
    }
  } catch (...) {
  }
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // expect-note[websocket-missing-backoff]@-1{{the delay: std::this_thread::sleep_for(std::chrono::seconds(1))}}
  return false;
}

int main() {
  while (!session()) {
    // expect-note[websocket-missing-backoff]@-1{{reopened through calls from a retry loop}}
  }
}
