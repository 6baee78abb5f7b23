// SPDX-License-Identifier: Apache-2.0
// REQUIRES: boost-beast
#include "desk.h"

int main() {
  net::io_context ioc;
  Desk desk(ioc);
  desk.openPrices();
  desk.openOrders();
  desk.openNews();
  ioc.run();
}
