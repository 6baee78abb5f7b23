// follows-fix: heartbeat (sendPing() every 20 s from the loop that calls poll())
// follows-fix: backoff (when the socket is CLOSED, sleep a capped, doubling delay plus jitter before the next from_url)
// expect-no-findings
#include "easywsclient.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <thread>

using easywsclient::WebSocket;
using Clock = std::chrono::steady_clock;

int main() {
  int attempt = 0;
  for (;;) {
    WebSocket::pointer ws = WebSocket::from_url("ws://localhost:8126/feed");
    if (ws) {
      attempt = 0;
      auto lastPing = Clock::now();
      while (ws->getReadyState() != WebSocket::CLOSED) {
        ws->poll(1000);
        if (Clock::now() - lastPing > std::chrono::seconds(20)) {
          ws->sendPing();
          lastPing = Clock::now();
        }
      }
      delete ws;
    }
    int delay = std::min(30000, 250 << std::min(attempt++, 7));
    std::this_thread::sleep_for(std::chrono::milliseconds(delay + std::rand() % (delay + 1)));
  }
}
