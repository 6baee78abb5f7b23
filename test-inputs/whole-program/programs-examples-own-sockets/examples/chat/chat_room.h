#pragma once
#include "lib/client.h"

struct ChatRoom : Connection {
  void connect() override;
  ix::WebSocket ws;
};
