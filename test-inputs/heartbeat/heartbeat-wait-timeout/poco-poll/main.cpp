// A receive round that polls with a one-second timeout and pings after 15 s of silence,
// called round after round from the socket's thread: the poll's timeout makes the loop go
// round over time, so the ping repeats (lanthora/candy's shape).
// REQUIRES: poco
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/WebSocket.h>
#include <Poco/Timespan.h>

#include <chrono>

using Poco::Net::WebSocket;

class Link {
public:
  void open() {
    Poco::Net::HTTPSClientSession cs("vpn.example.com", 443);
    Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, "/ws", "HTTP/1.1");
    Poco::Net::HTTPResponse res;
    ws_ = new WebSocket(cs, req, res);
  }
  void run() {
    while (round() == 0) {
    }
  }

private:
  int round() {
    if (!ws_->poll(Poco::Timespan(1, 0), Poco::Net::Socket::SELECT_READ)) {
      if (++idle_ > 15)
        ws_->sendFrame("", 0, WebSocket::FRAME_FLAG_FIN | WebSocket::FRAME_OP_PING);
      return 0;
    }
    idle_ = 0;
    char buf[1500];
    int flags = 0;
    return ws_->receiveFrame(buf, sizeof buf, flags) > 0 ? 0 : -1;
  }
  WebSocket *ws_ = nullptr;
  int idle_ = 0;
};

int main() {
  Link l;
  l.open();
  l.run();
}
