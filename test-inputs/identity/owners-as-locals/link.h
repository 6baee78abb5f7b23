// The programs' one wrapper: a POCO WebSocket, a send, and a loop that keeps the connection
// alive with an application ping every 20 seconds.
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
    // expect-warning[websocket-missing-heartbeat]@#open{{'main::s (line 15) → Link::ws_' (POCO) to ws://localhost:9000/… has no heartbeat}}
    // expect-warning[websocket-missing-heartbeat]@#open{{'main::prices → Link::ws_' (POCO) to ws://localhost:9000/… has no heartbeat}}
    // expect-warning[websocket-undocumented-boundary]@#open{{connection 2 of 2 in client 'desk' ('main::prices → Link::ws_') states no boundary}}
    // expect-note[websocket-undocumented-boundary]@#open{{connection 1 of 2: 'main::chat → Link::ws_' (POCO)}}
    // expect-note[websocket-undocumented-boundary]@#open{{connection 2 of 2: 'main::prices → Link::ws_' (POCO)}}
    // expect-warning[websocket-undocumented-boundary]@#open{{connection 1 of 2 in client 'through-reference' ('Link::ws_') states no boundary}}
    // expect-note[websocket-undocumented-boundary]@#open{{connections 1-2 of 2: 'Link::ws_' (POCO) to ws://localhost:9000/…, one copy for each place below (owners 'main::chat', 'main::prices' not told apart: the lambda at through-reference/main.cpp:16 calls 'Link::keepAlive' (through-reference/main.cpp:16) without naming whose object it runs on)}}
  }
  void send(const std::string &text) {
    ws_->sendFrame(text.data(), static_cast<int>(text.size()),
                   Poco::Net::WebSocket::FRAME_TEXT);
  }
  void keepAlive() {
    for (;;) {
      send(R"({"op":"ping"})");
      std::this_thread::sleep_for(std::chrono::seconds(20));
    }
  }

private:
  Poco::Net::HTTPClientSession session_{"localhost", 9000};
  std::unique_ptr<Poco::Net::WebSocket> ws_;
};
