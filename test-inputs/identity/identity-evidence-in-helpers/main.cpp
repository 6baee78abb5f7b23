#include "market.h"

class Market {
public:
  void start() {
    ws_ = std::make_shared<ix::WebSocket>();
    ws_->setUrl("wss://market.example.com/ws");
    enablePings(ws_);
    keepClosed(ws_);
    ws_->start();
  }

private:
  std::shared_ptr<ix::WebSocket> ws_;
};

class Audit {
public:
  void start() {
    ws_ = std::make_shared<ix::WebSocket>();
    ws_->setUrl("wss://audit.example.com/ws"); // #audit
    // expect-warning[websocket-missing-heartbeat]@#audit{{'Audit::ws_' (IXWebSocket) to wss://audit.example.com/ws has no heartbeat}}
    // expect-warning[websocket-missing-backoff]@#audit{{'Audit::ws_' (IXWebSocket) to wss://audit.example.com/ws backs off exponentially but without jitter}}
    // expect-note[websocket-missing-backoff]@#audit{{library default: IXWebSocket reconnects by itself}}
    // websocket-boundary(trust): the audit stream uses the compliance service's own credentials.
    ws_->start();
  }

private:
  std::shared_ptr<ix::WebSocket> ws_;
};

int main() {
  Market market;
  market.start();
  Audit audit;
  audit.start();
}
