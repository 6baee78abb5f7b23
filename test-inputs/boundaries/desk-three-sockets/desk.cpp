// SPDX-License-Identifier: Apache-2.0
// REQUIRES: boost-beast
#include "desk.h"

Desk::Desk(net::io_context &ioc) : prices_(ioc), orders_(ioc), news_(ioc) {}

// Every socket gets its pings through this helper: the evidence is on the parameter and
// must reach each member handed in.
void Desk::keepAlive(plain_socket &ws) {
  ws.set_option(pinging_timeout());
  ws.async_read(buffer_, [](beast::error_code, std::size_t) {});
}
