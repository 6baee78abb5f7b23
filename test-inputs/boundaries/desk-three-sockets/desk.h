// SPDX-License-Identifier: Apache-2.0
#pragma once
#include "beast.h"

// One desk, three features, three sockets: each opened in its own file.
class Desk {
public:
  explicit Desk(net::io_context &ioc);
  void openPrices();
  void openOrders();
  void openNews();

private:
  void keepAlive(plain_socket &ws);
  plain_socket prices_; // #prices-slot
  // websocket-boundary(reliability): order acks must never queue behind the price firehose.
  plain_socket orders_;
  plain_socket news_;
  beast::flat_buffer buffer_;
};
