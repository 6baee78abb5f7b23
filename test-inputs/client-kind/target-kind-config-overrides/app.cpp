// A news app's client, two sockets with no stated boundary. What the compile target says
// sets the kind of client, and the kind its budget.
// Compiled for iOS, but .wslint.yaml states `kind: desktop`: the config wins (ceiling two).
#include "easywsclient.hpp"

using easywsclient::WebSocket;

int main() {
  WebSocket::pointer feed = WebSocket::from_url("wss://feed.example.com/v1"); // #feed
  WebSocket::pointer chat = WebSocket::from_url("wss://chat.example.com/v1"); // #chat
  // expect-warning[websocket-undocumented-boundary]@#chat{{('main::chat') states no boundary}}
  // expect-note[websocket-undocumented-boundary]@#feed{{connection 1 of 2: 'main::feed'}}
  // expect-note[websocket-undocumented-boundary]@#chat{{connection 2 of 2: 'main::chat'}}
  while (feed->getReadyState() != WebSocket::CLOSED) {
    feed->poll(100);
    chat->poll(100);
    feed->sendPing();
    chat->sendPing();
  }
  delete chat;
  delete feed;
}
