// Each ticker widget owns a WebSocket, and the dashboard creates one widget per symbol:
// a socket per widget. The status bar is created once: its socket is one socket.
#include <ixwebsocket/IXWebSocket.h>

#include <memory>
#include <string>
#include <vector>

class TickerWidget {
public:
  void start(const std::string &symbol) {
    ws_.setUrl("wss://ticks.example.com/" + symbol);
    // expect-warning[websocket-connection-fanout]@-1{{client 'dashboard' opens a WebSocket 'TickerWidget::ws_' (IXWebSocket) to wss://ticks.example.com/… per item}}
    // expect-note[websocket-connection-fanout]@#per-widget{{one TickerWidget (and so one socket) per item, created here}}
    ws_.start();
  }

private:
  ix::WebSocket ws_;
};

class StatusBar {
public:
  void start() {
    ws_.setUrl("wss://status.example.com/");
    ws_.start();
  }

private:
  ix::WebSocket ws_;
};

class Dashboard {
public:
  void build(const std::vector<std::string> &symbols) {
    status_ = std::make_unique<StatusBar>();
    status_->start();
    for (const auto &symbol : symbols) {
      widgets_.push_back(std::make_unique<TickerWidget>()); // #per-widget
      widgets_.back()->start(symbol);
    }
  }

private:
  std::unique_ptr<StatusBar> status_;
  std::vector<std::unique_ptr<TickerWidget>> widgets_;
};

int main() {
  Dashboard d;
  d.build({"AAPL", "MSFT"});
}
