// Sockets made by the standard library's factories: std::make_shared, a `new` handed to a
// std::unique_ptr, and emplace_back into a container. POCO's client constructor performs
// the handshake, so each construction is an opening call; the server constructor and a
// session made by make_shared are not.
// REQUIRES: poco
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/WebSocket.h>

#include <memory>
#include <string>
#include <vector>

using namespace Poco::Net;

class Feed {
public:
  void connect() {
    HTTPRequest request(HTTPRequest::HTTP_GET, "/feed", HTTPMessage::HTTP_1_1);
    HTTPResponse response;
    ws_ = std::make_shared<WebSocket>(session_, request, response); // #feed
    // expect-warning[websocket-missing-heartbeat]@#feed{{'Feed::ws_' (POCO) to ws://feed.example.com/feed has no heartbeat}}
    // expect-warning[websocket-insecure-endpoint]@#feed{{'Feed::ws_' connects to ws://feed.example.com/feed without TLS}}
  }

private:
  HTTPClientSession session_{"feed.example.com", 80};
  std::shared_ptr<WebSocket> ws_;
};

class Orders {
public:
  void connect() {
    auto session = std::make_shared<HTTPClientSession>("orders.example.com", 80);
    HTTPRequest request(HTTPRequest::HTTP_GET, "/orders", HTTPMessage::HTTP_1_1);
    HTTPResponse response;
    // websocket-boundary(reliability): order acknowledgements must never queue behind the feed.
    ws_ = std::unique_ptr<WebSocket>(new WebSocket(*session, request, response)); // #orders
    // expect-warning[websocket-missing-heartbeat]@#orders{{'Orders::ws_' (POCO) has no heartbeat}}
  }

private:
  std::unique_ptr<WebSocket> ws_;
};

// One socket per shard, built in place: a fan-out.
class Shards {
public:
  void connect(const std::vector<std::string> &hosts) {
    for (const auto &host : hosts) {
      HTTPClientSession session(host, 80);
      HTTPRequest request(HTTPRequest::HTTP_GET, "/shard", HTTPMessage::HTTP_1_1);
      HTTPResponse response;
      sockets_.emplace_back(session, request, response); // #shard
      // expect-warning[websocket-connection-fanout]@#shard{{opens a WebSocket 'Shards::sockets_' (POCO) per item}}
      // expect-warning[websocket-missing-heartbeat]@#shard{{'Shards::sockets_' (POCO) has no heartbeat}}
    }
  }

private:
  std::vector<WebSocket> sockets_;
};

// The server side of the same API is not a client socket.
class Upgrade : public HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &request, HTTPServerResponse &response) override {
    auto peer = std::make_shared<WebSocket>(request, response);
    peers_.push_back(peer);
  }

private:
  std::vector<std::shared_ptr<WebSocket>> peers_;
};

int main() {
  Feed feed;
  feed.connect();
  Orders orders;
  orders.connect();
  Shards shards;
  shards.connect({"a.example.com", "b.example.com"});
  Upgrade upgrade;
}
