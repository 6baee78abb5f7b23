// A small client library with two example programs, in one compilation database (one
// repository). The library drives a connection through an interface each example
// implements.
#pragma once
#include <ixwebsocket/IXWebSocket.h>

struct Connection {
  virtual ~Connection() = default;
  virtual void connect() = 0;
};

// Runs a session: connects, then serves until told to stop.
void runSession(Connection &C);
