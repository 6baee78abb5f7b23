// What the three programs share: a Link that holds a POCO WebSocket, and a Feature that
// owns a Link and either subscribes once or keeps its link alive with an application ping
// every 25 seconds. Each program's App decides which of its features does which.
#pragma once
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/WebSocket.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>

class Link {
public:
  void open(const std::string &path) {
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path,
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    Poco::Net::HTTPResponse response;
    ws_ = std::make_unique<Poco::Net::WebSocket>(session_, request, response); // #open
    // expect-warning[websocket-missing-heartbeat]@#open{{'App::prices_ → Feature::link_ → Link::ws_' (POCO) to ws://localhost:8080/… has no heartbeat}}
    // expect-warning[websocket-undocumented-boundary]@#open{{connection 2 of 2 in client 'app' ('App::prices_ → Feature::link_ → Link::ws_') states no boundary}}
    // expect-note[websocket-undocumented-boundary]@#open{{connection 1 of 2: 'App::chat_ → Feature::link_ → Link::ws_' (POCO)}}
    // expect-note[websocket-undocumented-boundary]@#open{{connection 2 of 2: 'App::prices_ → Feature::link_ → Link::ws_' (POCO)}}
  }
  void send(const std::string &text) {
    ws_->sendFrame(text.data(), static_cast<int>(text.size()),
                   Poco::Net::WebSocket::FRAME_TEXT);
  }

private:
  Poco::Net::HTTPClientSession session_{"localhost", 8080};
  std::unique_ptr<Poco::Net::WebSocket> ws_;
};

class Feature {
public:
  explicit Feature(std::string path) : path_(std::move(path)) {}
  void start() { link_.open(path_); }
  void subscribe(const std::string &topic) { link_.send(R"({"subscribe":")" + topic + "\"}"); }
  void keepAlive() {
    for (;;) {
      link_.send(R"({"type":"ping"})");
      std::this_thread::sleep_for(std::chrono::seconds(25));
    }
  }

private:
  std::string path_;
  Link link_;
};
