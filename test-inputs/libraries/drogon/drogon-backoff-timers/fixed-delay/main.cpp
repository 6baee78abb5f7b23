// Look-alike: the same shape with a constant two seconds: every client that dropped together
// comes back together.
#include <drogon/WebSocketClient.h>

class Ticker {
public:
  Ticker() : client_(drogon::WebSocketClient::newWebSocketClient("wss://ticks.example.com")) {
    // expect-warning[websocket-missing-backoff]@-1{{'Ticker::client_' (Drogon) to wss://ticks.example.com reconnects after a fixed delay}}
    // expect-note[websocket-missing-backoff]@+1{{reopened from the handler registered by client_->setConnectionClosedHandler(…)}}
    client_->setConnectionClosedHandler([this](const drogon::WebSocketClientPtr &c) {
      c->stop();
      c->getLoop()->runAfter(2.0, [this] { connect(); }); // #delay
      // expect-note[websocket-missing-backoff]@#delay{{the delay: c->getLoop()->runAfter(2.0, [this] { connect(); })}}
    });
  }
  void connect() {
    auto req = drogon::HttpRequest::newHttpRequest();
    req->setPath("/ws");
    client_->connectToServer(req, [](drogon::ReqResult, const drogon::HttpResponsePtr &,
                                     const drogon::WebSocketClientPtr &) {});
  }

private:
  drogon::WebSocketClientPtr client_;
};

int main() {
  Ticker t;
  t.connect();
}
