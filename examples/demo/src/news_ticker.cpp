// SPDX-License-Identifier: Apache-2.0
#include "news_ticker.h"

void NewsTicker::start() {
  ws_.async_handshake("news.example.com", "/headlines", [this](beast::error_code ec) {
    if (!ec)
      ws_.async_read(buffer_, [](beast::error_code, std::size_t) {});
  });
}
