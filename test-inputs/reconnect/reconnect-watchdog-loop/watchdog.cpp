// A watchdog: every second the loop looks at the socket and opens a new one when it is
// down. The opening sits under an `if`, but the `if` tests the socket itself: a reconnect,
// after a fixed one-second wait. The log link is the look-alike: reopened only when a
// command asks for it.
#include "easywsclient.hpp"

#include <string>
#include <unistd.h>

using easywsclient::WebSocket;

bool wantLog(const std::string &cmd);

int main() {
  WebSocket::pointer ws = nullptr;
  WebSocket::pointer log = nullptr;
  std::string cmd;
  while (true) {
    if (!ws || ws->getReadyState() == WebSocket::CLOSED) {
      delete ws;
      ws = WebSocket::from_url("ws://feed.example.com/");
      // expect-warning[websocket-missing-backoff]@-1{{'main::ws' (easywsclient) to ws://feed.example.com/ reconnects after a fixed delay}}
      // expect-note[websocket-missing-backoff]@-2{{reopened in a retry loop}}
    }
    if (wantLog(cmd))
      log = WebSocket::from_url("ws://log.example.com/");
    ws->sendPing();
    ws->poll(100);
    sleep(1);
    // expect-note[websocket-missing-backoff]@-1{{the delay: sleep(1)}}
  }
}
