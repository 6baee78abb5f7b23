// Two ways back: the retry loop in main waits an exponentially growing, jittered delay,
// but a "moved" message makes the client close and reopen at once. The worst path decides:
// a reconnect with no delay, cited at the close that starts it.
#include "easywsclient.hpp"

#include <algorithm>
#include <chrono>
#include <random>
#include <string>
#include <thread>

using easywsclient::WebSocket;

class Client {
public:
  void open() { ws_ = WebSocket::from_url("ws://feed.example.com/"); }
  // expect-warning[websocket-missing-backoff]@-1{{'Client::ws_' (easywsclient) to ws://feed.example.com/ reconnects with no delay}}
  void pump() {
    while (ws_ && ws_->getReadyState() != WebSocket::CLOSED) {
      ws_->sendPing();
      ws_->poll(100);
      ws_->dispatch([this](const std::string &m) { onMessage(m); });
    }
  }

private:
  void onMessage(const std::string &m) {
    if (m == "moved")
      reconnect();
  }
  void reconnect() {
    ws_->close();
    // expect-note[websocket-missing-backoff]@-1{{closed here, and then reopened through calls}}
    delete ws_;
    open();
  }

  WebSocket::pointer ws_ = nullptr;
};

int main() {
  Client c;
  std::mt19937 rng(std::random_device{}());
  auto delay = std::chrono::milliseconds(500);
  while (true) {
    c.open();
    // expect-note[websocket-missing-backoff]@-1{{another way back: reopened through calls from a retry loop (backoff: exponential-jitter)}}
    c.pump();
    std::uniform_int_distribution<int> jitter(0, 250);
    std::this_thread::sleep_for(delay + std::chrono::milliseconds(jitter(rng)));
    delay = std::min(delay * 2, std::chrono::milliseconds(30000));
  }
}
