// The app's transport interface: main sees only this, never a WebSocket header.
#pragma once
#include <memory>

struct Transport {
  virtual ~Transport() = default;
  virtual void open() = 0;
};

std::unique_ptr<Transport> makeTransport(bool replay);
