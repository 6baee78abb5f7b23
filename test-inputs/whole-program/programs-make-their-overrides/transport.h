// A transport interface with one implementation per feed; the desk reaches them only
// through the base class.
#pragma once
#include <ixwebsocket/IXWebSocket.h>

#include <memory>
#include <string>

struct Transport {
  virtual ~Transport() = default;
  virtual void open() = 0;
};

// Each feed holds its socket; open() is written out of line in feeds.cpp.
struct Prices : Transport {
  void open() override;
  ix::WebSocket ws;
};
struct Orders : Transport {
  void open() override;
  ix::WebSocket ws;
};
struct News : Transport {
  void open() override;
  ix::WebSocket ws;
};
// Kept for a replay tool that no longer exists: nothing makes one.
struct LegacyQuotes : Transport {
  void open() override;
  ix::WebSocket ws;
};
// Made only as a member of Desk, by value: Desk's instance covers it.
struct Alerts : Transport {
  void open() override;
  ix::WebSocket ws;
};

void start(Transport &T);
