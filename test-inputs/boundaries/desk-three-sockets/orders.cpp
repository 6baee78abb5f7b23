// SPDX-License-Identifier: Apache-2.0
// REQUIRES: boost-beast
#include "desk.h"

void Desk::openOrders() {
  keepAlive(orders_);
  orders_.handshake("127.0.0.1:9001", "/orders"); // #orders
}
