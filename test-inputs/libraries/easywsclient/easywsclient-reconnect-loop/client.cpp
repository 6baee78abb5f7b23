// easywsclient has no callbacks: this client polls until the socket closes, then opens a
// new one at once. Code the preprocessor removes opens nothing.
#include "easywsclient.hpp"

using easywsclient::WebSocket;

int main() {
  while (true) {
    WebSocket::pointer ws = WebSocket::from_url("ws://localhost:8126/feed");
    // expect-warning[websocket-missing-backoff]@-1{{'main::ws' (easywsclient) to ws://localhost:8126/feed reconnects with no delay}}
    // expect-note[websocket-missing-backoff]@-2{{reopened in a retry loop}}
    while (ws && ws->getReadyState() != WebSocket::CLOSED)
      ws->poll(100);
    delete ws;
  }
#if 0
  WebSocket::pointer old = WebSocket::from_url("ws://localhost:9000/old");
#endif
}
