// The wrapper keeps one close callback per object, and each feature stores its own: Chat's
// waits two seconds and reopens Chat's link, Prices' only logs. The callback the wrapper
// runs after a close is the one its owner stored, so only Chat's link reconnects (the
// binary before could not tell the owners apart here: one socket, reported as reconnecting).
// REQUIRES: poco
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/WebSocket.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <thread>

using namespace Poco::Net;

class Link {
public:
  void onClosed(std::function<void()> f) { closed_ = std::move(f); }
  void open(const std::string &path) {
    HTTPRequest request(HTTPRequest::HTTP_GET, path, HTTPMessage::HTTP_1_1);
    HTTPResponse response;
    ws_ = std::make_unique<WebSocket>(session_, request, response); // #callback-open
    // expect-warning[websocket-missing-backoff]@#callback-open{{'Chat::link_ → Link::ws_' (POCO) to ws://localhost:8080/… reconnects after a fixed delay}}
  }
  void readLoop() {
    char buf[1024];
    int flags = 0;
    while (ws_->receiveFrame(buf, sizeof buf, flags) > 0) {
    }
    ws_->close(); // #callback-close
    // expect-note[websocket-missing-backoff]@#callback-close{{closed here, and then reopened through calls}}
    if (closed_)
      closed_();
  }

private:
  HTTPClientSession session_{"localhost", 8080};
  std::unique_ptr<WebSocket> ws_;
  std::function<void()> closed_;
};

class Chat {
public:
  void start() {
    link_.onClosed([this] {
      std::this_thread::sleep_for(std::chrono::seconds(2)); // #callback-wait
      // expect-note[websocket-missing-backoff]@#callback-wait{{the delay: std::this_thread::sleep_for(std::chrono::seconds(2))}}
      link_.open("/chat");
      link_.readLoop();
    });
    link_.open("/chat");
    link_.readLoop();
  }

private:
  Link link_;
};

class Prices {
public:
  void start() {
    link_.onClosed([] { std::puts("prices closed"); });
    link_.open("/prices");
    link_.readLoop();
  }

private:
  Link link_;
};

int main() {
  Chat chat;
  Prices prices;
  std::thread([&] { chat.start(); }).detach();
  prices.start();
}
