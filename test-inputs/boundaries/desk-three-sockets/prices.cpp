// SPDX-License-Identifier: Apache-2.0
// REQUIRES: boost-beast
#include "desk.h"

void Desk::openPrices() {
  keepAlive(prices_);
  prices_.handshake("127.0.0.1:9000", "/prices"); // #prices
}
