// SPDX-License-Identifier: Apache-2.0
#include "price_feed.h"

#include <chrono>

void PriceFeed::start() {
  // Ping after 15 s of silence; give up on the peer after 30 s.
  ws_.set_option(websocket::stream_base::timeout{std::chrono::seconds(30),
                                                 std::chrono::seconds(30), true});
  ws_.async_handshake("prices.example.com", "/v2/stream", [this](beast::error_code ec) {
    if (!ec)
      read();
  });
}

void PriceFeed::read() {
  ws_.async_read(buffer_, [this](beast::error_code ec, std::size_t) {
    if (ec)
      return;
    buffer_.consume(buffer_.size());
    read();
  });
}
