#include "link.h"

#include "easywsclient.hpp"

using easywsclient::WebSocket;

void Link::open(const std::string &url) {
  ws_ = WebSocket::from_url(url);
  // expect-warning[websocket-missing-backoff]@-1{{'Link::ws_' (easywsclient) reconnects with no delay}}
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
  while (ws_ && ws_->getReadyState() != WebSocket::CLOSED) {
    ws_->sendPing();
    ws_->poll(100);
  }
  close();
}
