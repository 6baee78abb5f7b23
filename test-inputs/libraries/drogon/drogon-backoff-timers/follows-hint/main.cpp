// follows-fix: backoff (stop() in the closed handler, reconnect from runAfter with a growing jittered delay)
// The backoff fix hint followed: the closed handler stops the client's own fixed retry and
// reconnects from the event loop's runAfter, with a capped, doubling, jittered delay.
#include <drogon/WebSocketClient.h>

#include <algorithm>
#include <cstdlib>

class Ticker {
public:
  Ticker() : client_(drogon::WebSocketClient::newWebSocketClient("wss://ticks.example.com")) {
    client_->setConnectionClosedHandler([this](const drogon::WebSocketClientPtr &c) {
      c->stop();
      double delay = std::min(30.0, 0.5 * (1 << std::min(attempt_++, 6)));
      delay += delay * (std::rand() % 100) / 100.0;
      c->getLoop()->runAfter(delay, [this] { connect(); });
    });
  }
  void connect() {
    auto req = drogon::HttpRequest::newHttpRequest();
    req->setPath("/ws");
    client_->connectToServer(req, [this](drogon::ReqResult r, const drogon::HttpResponsePtr &,
                                         const drogon::WebSocketClientPtr &) {
      if (r == drogon::ReqResult::Ok)
        attempt_ = 0;
    });
  }

private:
  drogon::WebSocketClientPtr client_;
  int attempt_ = 0;
};

int main() {
  Ticker t;
  t.connect();
}
