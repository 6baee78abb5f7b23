#pragma once
#include "lib/client.h"

struct TickerFeed : Connection {
  void connect() override;
  ix::WebSocket ws;
};
