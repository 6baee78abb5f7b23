// The retry loop lives in main; the opening call sits two helpers down. Each round reopens
// the same link after a fixed five-second sleep: a reconnect, with a fixed delay.
// The batch upload is the look-alike: an index loop that calls a helper once per file, and
// never leaves early, is a loop over items, not a retry.
#include "easywsclient.hpp"

#include <chrono>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

using easywsclient::WebSocket;

struct Link {
  WebSocket::pointer ws = nullptr;
};

static void dial(Link &l) {
  l.ws = WebSocket::from_url("ws://feed.example.com/ticks");
  // expect-warning[websocket-missing-backoff]@-1{{'Link::ws' (easywsclient) to ws://feed.example.com/ticks reconnects after a fixed delay}}
}

static void connectLink(Link &l) { dial(l); }

static void pump(Link &l) {
  while (l.ws && l.ws->getReadyState() != WebSocket::CLOSED) {
    l.ws->sendPing();
    l.ws->poll(1000);
  }
}

static void upload(const std::string &file) {
  WebSocket::pointer up = WebSocket::from_url("ws://upload.example.com/" + file);
  up->send(file);
  up->close();
  delete up;
}

// The other look-alike: a prompt where the user types /start to open the link again. The
// call runs when asked, not round after round: no retry.
void prompt(Link &l) {
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line == "/start")
      connectLink(l);
  }
}

int main() {
  std::vector<std::string> files = {"a", "b"};
  for (size_t i = 0; i < files.size(); ++i)
    upload(files[i]);
  Link link;
  prompt(link);
  while (true) {
    connectLink(link);
    // expect-note[websocket-missing-backoff]@-1{{reopened through calls from a retry loop}}
    pump(link);
    delete link.ws;
    std::this_thread::sleep_for(std::chrono::seconds(5));
    // expect-note[websocket-missing-backoff]@-1{{the delay: std::this_thread::sleep_for(std::chrono::seconds(5))}}
  }
}
