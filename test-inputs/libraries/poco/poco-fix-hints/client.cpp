// follows-fix: heartbeat (a ping frame from the receive loop every 20 s, with a receive timeout so a silent peer is noticed)
// follows-fix: backoff (the loop that builds a new WebSocket after a failure sleeps a capped, doubling delay plus jitter first)
// REQUIRES: poco
// expect-no-findings
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/WebSocket.h>
#include <Poco/Thread.h>
#include <Poco/Timespan.h>

#include <algorithm>
#include <cstdlib>

using Poco::Net::WebSocket;

static void receive(WebSocket &ws) {
  ws.setReceiveTimeout(Poco::Timespan(20, 0));
  char buf[4096];
  int flags = 0;
  for (;;) {
    try {
      if (ws.receiveFrame(buf, sizeof buf, flags) <= 0)
        return;
    } catch (const Poco::TimeoutException &) {
      ws.sendFrame("", 0, WebSocket::FRAME_FLAG_FIN | WebSocket::FRAME_OP_PING);
    }
  }
}

int main() {
  int attempt = 0;
  for (;;) {
    try {
      Poco::Net::HTTPSClientSession session("feed.example.com", 443);
      Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, "/live",
                                     Poco::Net::HTTPRequest::HTTP_1_1);
      Poco::Net::HTTPResponse response;
      WebSocket ws(session, request, response);
      attempt = 0;
      receive(ws);
    } catch (const Poco::Exception &) {
    }
    long delay = std::min(30000L, 250L << std::min(attempt++, 7));
    Poco::Thread::sleep(delay + std::rand() % (delay + 1));
  }
}
