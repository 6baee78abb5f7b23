// SPDX-License-Identifier: Apache-2.0
#include "order_channel.h"

void OrderChannel::start() {
  // Beast's suggested client settings: a handshake timeout, but no idle pings.
  ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
  ws_.async_handshake("orders.example.com", "/v1/orders", [this](beast::error_code ec) {
    if (!ec)
      read();
  });
}

void OrderChannel::send(const std::string &order) { ws_.write(net::buffer(order)); }

void OrderChannel::read() {
  ws_.async_read(buffer_, [this](beast::error_code ec, std::size_t) {
    if (!ec)
      read();
  });
}
