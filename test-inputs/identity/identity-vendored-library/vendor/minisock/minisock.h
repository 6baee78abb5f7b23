// A small WebSocket library whose sources are kept in the project (vendored).
#pragma once
#include <string>

namespace mini {
class Socket {
public:
  void connect(const std::string &url) { url_ = url; }
  // The library reconnects itself: a call on its own socket, not a second socket.
  void reopen() { connect(url_); }
  void setPingSeconds(int seconds) { ping_ = seconds; }

private:
  std::string url_;
  int ping_ = 0;
};
} // namespace mini
