// SPDX-License-Identifier: Apache-2.0
#pragma once
#include "net.h"

#include <string>

// Sends orders and receives their acknowledgements.
class OrderChannel {
public:
  OrderChannel(net::io_context &ioc, ssl::context &tls) : ws_(ioc, tls) {}
  void start();
  void send(const std::string &order);

private:
  void read();
  // websocket-boundary(reliability): order acks must never queue behind the price firehose.
  tls_socket ws_;
  beast::flat_buffer buffer_;
};
