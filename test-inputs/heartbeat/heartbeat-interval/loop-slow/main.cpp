// A status message every 90 s from a loop that sleeps: a heartbeat, but a slow one.
// REQUIRES: poco
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/WebSocket.h>
#include <Poco/Thread.h>

using Poco::Net::WebSocket;

int main() {
  Poco::Net::HTTPSClientSession cs("telemetry.example.com", 443);
  Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, "/in", "HTTP/1.1");
  Poco::Net::HTTPResponse res;
  WebSocket ws(cs, req, res);
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::ws' (POCO) to wss://telemetry.example.com/in sends its heartbeat every 90 s, slower than the 60 s idle window}}
  for (;;) {
    ws.sendFrame("{}", 2, WebSocket::FRAME_TEXT); // #status
    // expect-note[websocket-missing-heartbeat]@#status{{the heartbeat: application-level heartbeat: ws.sendFrame("{}", 2, WebSocket::FRAME_TEXT) (sent periodically)}}
    Poco::Thread::sleep(90000);
  }
}
