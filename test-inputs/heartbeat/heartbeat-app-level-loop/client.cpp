// An application heartbeat sent from a loop that sleeps between rounds, through a wrapper
// the loop calls; a message sent once after connecting, a loop over items that never
// waits, and a waiting loop that sends only what the user typed send no heartbeat.
// REQUIRES: poco
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/WebSocket.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

using namespace Poco::Net;

class Link {
public:
  explicit Link(const std::string &path) {
    HTTPRequest request(HTTPRequest::HTTP_GET, path, HTTPMessage::HTTP_1_1);
    HTTPResponse response;
    ws_ = std::make_unique<WebSocket>(session_, request, response);
  }
  void say(const std::string &text) {
    ws_->sendFrame(text.data(), static_cast<int>(text.size()), WebSocket::FRAME_TEXT);
  }

private:
  HTTPClientSession session_{"localhost", 8080};
  std::unique_ptr<WebSocket> ws_;
};

class Status {
public:
  void connect() {
    HTTPRequest request(HTTPRequest::HTTP_GET, "/status", HTTPMessage::HTTP_1_1);
    HTTPResponse response;
    // websocket-boundary(reliability): status reports are lossy; the link's commands are not.
    ws_ = std::make_unique<WebSocket>(session_, request, response); // #status
    // expect-warning[websocket-missing-heartbeat]@#status{{'Status::ws_' (POCO) to ws://localhost:8081/status has no heartbeat}}
    ws_->sendFrame("hello", 5, WebSocket::FRAME_TEXT);
  }
  void report(const std::vector<std::string> &lines) {
    for (const auto &line : lines)
      ws_->sendFrame(line.data(), static_cast<int>(line.size()), WebSocket::FRAME_TEXT);
  }
  // Paced by what the user types: the loop waits, but the send depends on the input.
  void relay(std::istream &in) {
    std::string line;
    while (std::getline(in, line)) {
      if (line != "q")
        ws_->sendFrame(line.data(), static_cast<int>(line.size()), WebSocket::FRAME_TEXT);
      std::this_thread::sleep_for(std::chrono::milliseconds(400));
    }
  }

private:
  HTTPClientSession session_{"localhost", 8081};
  std::unique_ptr<WebSocket> ws_;
};

int main() {
  Link link("/link");
  std::atomic<bool> running{true};
  std::thread keepAlive([&] {
    while (running) {
      link.say("{\"type\":\"keepalive\"}");
      std::this_thread::sleep_for(std::chrono::seconds(15));
    }
  });
  Status status;
  status.connect();
  status.report({"a", "b"});
  status.relay(std::cin);
  keepAlive.join();
}
