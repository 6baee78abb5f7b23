// SPDX-License-Identifier: Apache-2.0
#pragma once
#include "net.h"

// Streams live prices. The desk's healthy socket: TLS, idle pings, asynchronous reads.
class PriceFeed {
public:
  PriceFeed(net::io_context &ioc, ssl::context &tls) : ws_(ioc, tls) {}
  void start();

private:
  void read();
  tls_socket ws_;
  beast::flat_buffer buffer_;
};
