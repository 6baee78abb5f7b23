// A fractional chrono literal (`1.5min`, a literal operator taking long double): 90 s.
// REQUIRES: poco
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/WebSocket.h>

#include <chrono>
#include <thread>

using Poco::Net::WebSocket;
using namespace std::chrono_literals;

int main() {
  Poco::Net::HTTPSClientSession cs("telemetry.example.com", 443);
  Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, "/in", "HTTP/1.1");
  Poco::Net::HTTPResponse res;
  WebSocket ws(cs, req, res);
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::ws' (POCO) to wss://telemetry.example.com/in sends its heartbeat every 90 s, slower than the 60 s idle window}}
  for (;;) {
    ws.sendFrame("{}", 2, WebSocket::FRAME_TEXT); // #fraction-status
    // expect-note[websocket-missing-heartbeat]@#fraction-status{{the heartbeat: application-level heartbeat: ws.sendFrame("{}", 2, WebSocket::FRAME_TEXT) (sent periodically)}}
    std::this_thread::sleep_for(1.5min);
  }
}
