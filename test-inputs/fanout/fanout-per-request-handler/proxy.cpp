// An HTTP front end that, for every request it serves, dials a WebSocket to the pricing
// service and relays one answer: one upstream socket per request, as many as there are
// requests in flight. The status link is the look-alike: one member socket of the
// long-lived server, opened once at start-up.
// REQUIRES: poco
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/WebSocket.h>

#include <memory>

using namespace Poco::Net;

class QuoteHandler : public HTTPRequestHandler {
public:
  void handleRequest(HTTPServerRequest &req, HTTPServerResponse &resp) override {
    HTTPClientSession session("pricing.internal", 443);
    HTTPRequest upgrade(HTTPRequest::HTTP_GET, "/quotes", HTTPMessage::HTTP_1_1);
    HTTPResponse answer;
    WebSocket upstream(session, upgrade, answer);
    // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'QuoteHandler::handleRequest::upstream' (POCO) to ws://pricing.internal:443/quotes per request}}
    // expect-note[websocket-connection-fanout]@-6{{one per request: opened from a per-request handler (Poco::Net::HTTPRequestHandler::handleRequest override)}}
    char buf[1024];
    int flags = 0;
    upstream.receiveFrame(buf, sizeof buf, flags);
    resp.send() << buf;
  }
};

class Front {
public:
  void start() {
    HTTPClientSession session("status.internal", 443);
    HTTPRequest upgrade(HTTPRequest::HTTP_GET, "/status", HTTPMessage::HTTP_1_1);
    HTTPResponse answer;
    status_ = std::make_unique<WebSocket>(session, upgrade, answer);
  }
  HTTPRequestHandler *handlerFor() { return new QuoteHandler; }

private:
  std::unique_ptr<WebSocket> status_;
};

int main() {
  Front f;
  f.start();
  std::unique_ptr<HTTPRequestHandler> h(f.handlerFor());
}
