#include "session.h"

Session::Session(net::io_context &ioc) : ws_(ioc) {}

plain_socket &Session::socket() { return ws_; }

void Session::start() {
  // A pointer alias of the member: the pending read counts for Session::ws_.
  plain_socket *self = &ws_;
  self->async_read(buffer_, [](beast::error_code, std::size_t) {});
}
