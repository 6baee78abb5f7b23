// Look-alike that must stay reported for both: the wrapper itself retries, in its own code,
// with a fixed wait. Every owner's object runs that loop, so both links reconnect after a
// fixed delay.
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
    ws_ = std::make_unique<WebSocket>(session_, request, response); // #wrapper-retries-open
    // expect-warning[websocket-missing-backoff]@#wrapper-retries-open{{'Chat::link_ → Link::ws_' (POCO) to ws://localhost:8080/… reconnects after a fixed delay}}
    // expect-warning[websocket-missing-backoff]@#wrapper-retries-open{{'Prices::link_ → Link::ws_' (POCO) to ws://localhost:8080/… reconnects after a fixed delay}}
  }
  void run(const std::string &path) {
    for (;;) {
      open(path); // #wrapper-retries-retry
      // expect-note[websocket-missing-backoff]@#wrapper-retries-retry{{reopened through calls from a retry loop}}
      // expect-note[websocket-missing-backoff]@#wrapper-retries-retry{{reopened through calls from a retry loop}}
      readUntilClosed();
      std::this_thread::sleep_for(std::chrono::seconds(1)); // #wrapper-retries-wait
      // expect-note[websocket-missing-backoff]@#wrapper-retries-wait{{the delay: std::this_thread::sleep_for(std::chrono::seconds(1))}}
      // expect-note[websocket-missing-backoff]@#wrapper-retries-wait{{the delay: std::this_thread::sleep_for(std::chrono::seconds(1))}}
    }
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
  void run() { link_.run("/chat"); }

private:
  Link link_;
};

class Prices {
public:
  void start() { link_.run("/prices"); }

private:
  Link link_;
};

int main() {
  Chat chat;
  Prices prices;
  std::thread([&] { chat.run(); }).detach();
  prices.start();
}
