// Two features, each owning one Link. Chat reopens its link from a retry loop of its own
// that waits a fixed second; Prices opens its link once and never again. Chat's retry is
// Chat's link's reconnect only: Prices' link does not reconnect at all (the binary before
// reconnects were read per owner credited Chat's loop to both, and reported Prices too).
// REQUIRES: poco
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/WebSocket.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>

using namespace Poco::Net;

class Link {
public:
  void open(const std::string &path) {
    HTTPRequest request(HTTPRequest::HTTP_GET, path, HTTPMessage::HTTP_1_1);
    HTTPResponse response;
    ws_ = std::make_unique<WebSocket>(session_, request, response); // #loop-open
    // expect-warning[websocket-missing-backoff]@#loop-open{{'Chat::link_ → Link::ws_' (POCO) to ws://localhost:8080/… reconnects after a fixed delay}}
  }
  void readUntilClosed() {
    char buf[1024];
    int flags = 0;
    while (ws_->receiveFrame(buf, sizeof buf, flags) > 0) {
    }
  }

private:
  HTTPClientSession session_{"localhost", 8080};
  std::unique_ptr<WebSocket> ws_;
};

class Chat {
public:
  void run() {
    for (;;) {
      link_.open("/chat"); // #loop-retry
      // expect-note[websocket-missing-backoff]@#loop-retry{{reopened through calls from a retry loop}}
      link_.readUntilClosed();
      std::this_thread::sleep_for(std::chrono::seconds(1)); // #loop-wait
      // expect-note[websocket-missing-backoff]@#loop-wait{{the delay: std::this_thread::sleep_for(std::chrono::seconds(1))}}
    }
  }

private:
  Link link_;
};

class Prices {
public:
  void start() {
    link_.open("/prices");
    link_.readUntilClosed();
  }

private:
  Link link_;
};

int main() {
  Chat chat;
  Prices prices;
  std::thread([&] { chat.run(); }).detach();
  prices.start();
}
