// POCO neither pings nor reconnects by itself. This client reconnects in a loop as soon as
// the socket fails, with no wait, and never sends a ping: receiveFrame answers nothing.
// REQUIRES: poco
#include <Poco/Exception.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/WebSocket.h>

using namespace Poco::Net;

void consume(const char *data, int size);

int main() {
  for (;;) {
    try {
      HTTPClientSession session("ticks.example.com", 80);
      HTTPRequest request(HTTPRequest::HTTP_GET, "/ticks", HTTPMessage::HTTP_1_1);
      HTTPResponse response;
      WebSocket ws(session, request, response); // #open
      // expect-warning[websocket-missing-heartbeat]@#open{{'main::ws' (POCO) to ws://ticks.example.com/ticks has no heartbeat}}
      // expect-warning[websocket-missing-backoff]@#open{{'main::ws' (POCO) to ws://ticks.example.com/ticks reconnects with no delay}}
      // expect-note[websocket-missing-backoff]@#open{{reopened in a retry loop}}
      // A plain HTTPClientSession to a remote host: the endpoint is the session's host and the
      // request's URI.
      // expect-warning[websocket-insecure-endpoint]@#open{{'main::ws' connects to ws://ticks.example.com/ticks without TLS}}
      char buf[4096];
      int flags = 0;
      int n = 0;
      while ((n = ws.receiveFrame(buf, sizeof buf, flags)) > 0)
        consume(buf, n);
    } catch (const Poco::Exception &) {
    }
  }
}
