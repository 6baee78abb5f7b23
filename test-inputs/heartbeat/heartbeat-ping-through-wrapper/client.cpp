// A protocol ping sent through the client's own wrapper, whose opcode arrives as a
// parameter: every call of the wrapper passes FRAME_OP_PING, so it sends pings, and a loop
// that waits calls it. A wrapper that sends pings and text alike is not a ping wrapper.
// REQUIRES: poco
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/WebSocket.h>

#include <chrono>
#include <memory>
#include <thread>

using namespace Poco::Net;

class Link {
public:
  void connect() {
    HTTPRequest request(HTTPRequest::HTTP_GET, "/link", HTTPMessage::HTTP_1_1);
    HTTPResponse response;
    ws_ = std::make_unique<WebSocket>(session_, request, response);
  }
  void keepAlive() {
    for (;;) {
      ping();
      std::this_thread::sleep_for(std::chrono::seconds(20));
    }
  }

private:
  void ping() { control("", 0, WebSocket::FRAME_OP_PING); }
  void control(const char *data, int size, int opcode) { ws_->sendFrame(data, size, opcode); }
  HTTPClientSession session_{"localhost", 8080};
  std::unique_ptr<WebSocket> ws_;
};

class Chat {
public:
  void connect() {
    HTTPRequest request(HTTPRequest::HTTP_GET, "/chat", HTTPMessage::HTTP_1_1);
    HTTPResponse response;
    // websocket-boundary(trust): the chat service takes the user's own credentials.
    ws_ = std::make_unique<WebSocket>(session_, request, response); // #chat
    // expect-warning[websocket-missing-heartbeat]@#chat{{'Chat::ws_' (POCO) to ws://localhost:8081/chat has no heartbeat}}
    frame("hi", 2, WebSocket::FRAME_TEXT);
    frame("", 0, WebSocket::FRAME_OP_PING);
  }

private:
  void frame(const char *data, int size, int opcode) { ws_->sendFrame(data, size, opcode); }
  HTTPClientSession session_{"localhost", 8081};
  std::unique_ptr<WebSocket> ws_;
};

int main() {
  Chat chat;
  chat.connect();
  Link link;
  link.connect();
  link.keepAlive();
}
