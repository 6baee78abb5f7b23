#include "link.h"

#include "easywsclient.hpp"

using easywsclient::WebSocket;

void Link::open(const std::string &url) {
  ws_ = WebSocket::from_url(url);
  // expect-warning[websocket-missing-backoff]@-1{{'Link::ws_' (easywsclient) reconnects with no delay}}
  // Both programs: no ping, and the hello sent again after each reconnect is no heartbeat
  // (it runs from the stored close callback, not every round of the pump loop). One
  // finding for the socket, naming both programs.
  // expect-warning[websocket-missing-heartbeat]@-5{{'Link::ws_' (easywsclient) has no heartbeat}}
}

void Link::close() {
  if (ws_)
    ws_->close();
  // expect-note[websocket-missing-backoff]@-1{{closed here, and then reopened through calls}}
  delete ws_;
  ws_ = nullptr;
  (*onClose_)();
}

void Link::pump() {
  if (ws_ && ws_->getReadyState() != WebSocket::CLOSED)
    ws_->poll(100);
  else
    close();
}

void Link::send(const std::string &text) { ws_->send(text); }
