// SPDX-License-Identifier: Apache-2.0
#include "desk.h"

Desk::Desk(net::io_context &ioc, ssl::context &tls)
    : prices_(ioc, tls), orders_(ioc, tls), news_(ioc) {}

void Desk::open() {
  prices_.start();
  orders_.start();
  news_.start();
}
