// One wrapper class, two features that each own one: each feature's object holds its own
// connection, and what one feature does through its wrapper is that connection's only. Chat
// keeps its link alive from a loop that waits; Prices sends one subscription through the
// very same send() and never again, so its link has no heartbeat (the binary before owners
// were told apart counted one socket twice and credited Chat's loop to both).
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
    ws_ = std::make_unique<WebSocket>(session_, request, response); // #open
    // expect-warning[websocket-missing-heartbeat]@#open{{'Prices::link_ → Link::ws_' (POCO) to ws://localhost:8080/… has no heartbeat}}
    // expect-warning[websocket-undocumented-boundary]@#open{{WebSocket connection 2 of 2 in client 'desk' ('Prices::link_ → Link::ws_') states no boundary}}
    // expect-note[websocket-undocumented-boundary]@#open{{connection 1 of 2: 'Chat::link_ → Link::ws_' (POCO)}}
    // expect-note[websocket-undocumented-boundary]@#open{{connection 2 of 2: 'Prices::link_ → Link::ws_' (POCO)}}
  }
  void send(const std::string &text) {
    ws_->sendFrame(text.data(), static_cast<int>(text.size()), WebSocket::FRAME_TEXT);
  }
  void keepAlive() {
    for (;;) {
      send(R"({"type":"ping"})");
      std::this_thread::sleep_for(std::chrono::seconds(25));
    }
  }

private:
  HTTPClientSession session_{"localhost", 8080};
  std::unique_ptr<WebSocket> ws_;
};

class Chat {
public:
  void start() {
    link_.open("/chat");
    std::thread([this] { link_.keepAlive(); }).detach();
  }

private:
  Link link_;
};

class Prices {
public:
  Prices() : link_(std::make_unique<Link>()) {}
  void start() {
    link_->open("/prices");
    link_->send(R"({"subscribe":"EURUSD"})");
  }

private:
  std::unique_ptr<Link> link_;
};

int main() {
  Chat chat;
  Prices prices;
  chat.start();
  prices.start();
  for (;;)
    std::this_thread::sleep_for(std::chrono::hours(1));
}
