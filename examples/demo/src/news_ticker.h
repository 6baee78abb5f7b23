// SPDX-License-Identifier: Apache-2.0
#pragma once
#include "net.h"

// Headlines for the ticker widget.
class NewsTicker {
public:
  explicit NewsTicker(net::io_context &ioc) : ws_(ioc) {}
  void start();

private:
  plain_socket ws_;
  beast::flat_buffer buffer_;
};
