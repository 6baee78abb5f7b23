// Both features retry from loops of their own: Chat waits a capped, doubling delay plus
// jitter, Prices a fixed second. Each link has its own way back and its own verdict: only
// Prices' link is reported (the binary before gave both links both loops, and reported
// Chat's link for Prices' fixed wait).
// REQUIRES: poco
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/WebSocket.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>

using namespace Poco::Net;

class Link {
public:
  void open(const std::string &path) {
    HTTPRequest request(HTTPRequest::HTTP_GET, path, HTTPMessage::HTTP_1_1);
    HTTPResponse response;
    ws_ = std::make_unique<WebSocket>(session_, request, response); // #each-its-own-open
    // expect-warning[websocket-missing-backoff]@#each-its-own-open{{'Prices::link_ → Link::ws_' (POCO) to ws://localhost:8080/… reconnects after a fixed delay}}
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
    int attempt = 0;
    for (;;) {
      link_.open("/chat");
      link_.readUntilClosed();
      long delay = std::min(30000L, 250L << std::min(attempt++, 7));
      std::this_thread::sleep_for(std::chrono::milliseconds(delay + std::rand() % (delay + 1)));
    }
  }

private:
  Link link_;
};

class Prices {
public:
  void start() {
    for (;;) {
      link_.open("/prices"); // #each-its-own-retry
      // expect-note[websocket-missing-backoff]@#each-its-own-retry{{reopened through calls from a retry loop}}
      link_.readUntilClosed();
      std::this_thread::sleep_for(std::chrono::seconds(1)); // #each-its-own-wait
      // expect-note[websocket-missing-backoff]@#each-its-own-wait{{the delay: std::this_thread::sleep_for(std::chrono::seconds(1))}}
    }
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
