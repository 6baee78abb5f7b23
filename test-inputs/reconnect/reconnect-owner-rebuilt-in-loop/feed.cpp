// The socket belongs to a Feed, and the retry loop builds a new Feed each round after a
// fixed sleep: rebuilding the owner reconnects the socket, with a fixed delay. One Feed at a
// time (each dies at the end of its round): not fan-out, one socket at once.
#include "easywsclient.hpp"

#include <string>
#include <unistd.h>

using easywsclient::WebSocket;

class Feed {
public:
  explicit Feed(const std::string &url) : ws_(WebSocket::from_url(url)) {}
  // expect-warning[websocket-missing-backoff]@-1{{'Feed::ws_' (easywsclient) reconnects after a fixed delay}}
  ~Feed() { delete ws_; }
  void run() {
    while (ws_ && ws_->getReadyState() != WebSocket::CLOSED) {
      ws_->sendPing();
      ws_->poll(500);
    }
  }

private:
  WebSocket::pointer ws_;
};

int main(int argc, char **argv) {
  std::string url = argc > 1 ? argv[1] : "ws://localhost:9000/";
  for (;;) {
    Feed feed(url);
    // expect-note[websocket-missing-backoff]@-1{{its owner (Feed) is rebuilt in a retry loop}}
    feed.run();
    sleep(3);
    // expect-note[websocket-missing-backoff]@-1{{the delay: sleep(3)}}
  }
}
