// Look-alike: a reconnect loop that sleeps between rounds sends a hello and a ping once per
// connection, then reads until the connection ends. Neither repeats on a live connection:
// no heartbeat.
// REQUIRES: poco
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/WebSocket.h>
#include <Poco/Thread.h>

#include <cstdlib>

using Poco::Net::WebSocket;

int main() {
  int attempt = 0;
  for (;;) {
    try {
      Poco::Net::HTTPSClientSession cs("vpn.example.com", 443);
      Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, "/ws", "HTTP/1.1");
      Poco::Net::HTTPResponse res;
      WebSocket ws(cs, req, res);
      // expect-warning[websocket-missing-heartbeat]@-1{{'main::ws' (POCO) to wss://vpn.example.com/ws has no heartbeat}}
      attempt = 0;
      ws.sendFrame("hello", 5, WebSocket::FRAME_TEXT);
      ws.sendFrame("", 0, WebSocket::FRAME_FLAG_FIN | WebSocket::FRAME_OP_PING);
      char buf[1500];
      int flags = 0;
      while (ws.receiveFrame(buf, sizeof buf, flags) > 0) {
      }
    } catch (const Poco::Exception &) {
    }
    long delay = 250L << (attempt < 7 ? attempt++ : 7);
    Poco::Thread::sleep(delay + std::rand() % (delay + 1));
  }
}
