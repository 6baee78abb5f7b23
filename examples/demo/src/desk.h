// SPDX-License-Identifier: Apache-2.0
#pragma once
#include "news_ticker.h"
#include "order_channel.h"
#include "price_feed.h"

class Desk {
public:
  Desk(net::io_context &ioc, ssl::context &tls);
  void open();

private:
  PriceFeed prices_;
  OrderChannel orders_;
  NewsTicker news_;
};
