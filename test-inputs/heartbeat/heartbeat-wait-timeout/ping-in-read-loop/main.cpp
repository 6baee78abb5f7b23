// The ping sits in the read loop inside the reconnect loop: it repeats on a live connection
// (after each receive timeout), so it is a heartbeat.
// REQUIRES: poco
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/NetException.h>
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
      ws.setReceiveTimeout(Poco::Timespan(20, 0));
      attempt = 0;
      char buf[1500];
      int flags = 0;
      for (;;) {
        try {
          if (ws.receiveFrame(buf, sizeof buf, flags) <= 0)
            break;
        } catch (const Poco::TimeoutException &) {
          ws.sendFrame("", 0, WebSocket::FRAME_FLAG_FIN | WebSocket::FRAME_OP_PING);
        }
      }
    } catch (const Poco::Exception &) {
    }
    long delay = 250L << (attempt < 7 ? attempt++ : 7);
    Poco::Thread::sleep(delay + std::rand() % (delay + 1));
  }
}
