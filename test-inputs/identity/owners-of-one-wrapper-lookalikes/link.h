// The wrapper the look-alikes share: a POCO WebSocket, a send, and a loop that keeps it
// alive by sending an application ping every 25 seconds.
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
    // expect-warning[websocket-undocumented-boundary]@#open{{connection 1 of 2 in client 'getter-reference' ('Link::ws_') states no boundary}}
    // expect-note[websocket-undocumented-boundary]@#open{{connections 1-2 of 2: 'Link::ws_' (POCO) to ws://localhost:8080/…, one copy for each place below (owners 'Chat::link_', 'Prices::link_' not told apart: the lambda at getter-reference/main.cpp:36 calls 'Link::keepAlive' (getter-reference/main.cpp:36) without naming whose object it runs on)}}
    // expect-warning[websocket-undocumented-boundary]@#open{{connection 2 of 2 in client 'through-reference' ('Prices::link_ → Link::ws_') states no boundary}}
    // expect-note[websocket-undocumented-boundary]@#open{{connection 1 of 2: 'Chat::link_ → Link::ws_' (POCO)}}
    // expect-note[websocket-undocumented-boundary]@#open{{connection 2 of 2: 'Prices::link_ → Link::ws_' (POCO)}}
  }
  void send(const std::string &text) {
    ws_->sendFrame(text.data(), static_cast<int>(text.size()),
                   Poco::Net::WebSocket::FRAME_TEXT);
  }
  void keepAlive() {
    for (;;) {
      send(R"({"type":"ping"})");
      std::this_thread::sleep_for(std::chrono::seconds(25));
    }
  }

private:
  Poco::Net::HTTPClientSession session_{"localhost", 8080};
  std::unique_ptr<Poco::Net::WebSocket> ws_;
};
