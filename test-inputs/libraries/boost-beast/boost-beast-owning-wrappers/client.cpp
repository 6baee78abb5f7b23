// Sockets behind unique_ptr, std::optional and shared_ptr are found, and their slot is the
// owning member.
// REQUIRES: boost-beast
#include "beast.h"

class Terminal {
public:
  explicit Terminal(net::io_context &ioc) : ioc_(ioc) {}
  void open() {
    quotes_ = std::make_unique<plain_socket>(ioc_);
    quotes_->handshake("localhost", "/quotes"); // #quotes
    orders_.emplace(ioc_);
    orders_->handshake("localhost", "/orders"); // #orders
    chat_ = std::make_shared<plain_socket>(ioc_);
    (*chat_).handshake("localhost", "/chat");
    // expect-warning[websocket-connection-budget]@-1{{client 'boost-beast-owning-wrappers' holds 3 WebSocket connections; a desktop client's ceiling is 2}}
    // expect-note[websocket-connection-budget]@#quotes{{connection 1 of 3: 'Terminal::quotes_'}}
    // expect-note[websocket-connection-budget]@#orders{{connection 2 of 3: 'Terminal::orders_'}}
    // expect-note[websocket-connection-budget]@-4{{connection 3 of 3: 'Terminal::chat_'}}
  }

private:
  net::io_context &ioc_;
  std::unique_ptr<plain_socket> quotes_;
  std::optional<plain_socket> orders_;
  std::shared_ptr<plain_socket> chat_;
};

int main() {
  net::io_context ioc;
  Terminal t(ioc);
  t.open();
}
