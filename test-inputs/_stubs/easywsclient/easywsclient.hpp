// SPDX-License-Identifier: Apache-2.0
// Declaration-only stand-in for easywsclient.hpp (usually vendored; no Debian package),
// written from its documented API (upstream easywsclient.hpp, 2021).
#pragma once

#include <string>
#include <vector>

namespace easywsclient {

class WebSocket {
public:
  typedef WebSocket *pointer;
  typedef enum readyStateValues { CLOSING, CLOSED, CONNECTING, OPEN } readyStateValues;

  static pointer create_dummy();
  static pointer from_url(const std::string &url, const std::string &origin = std::string());
  static pointer from_url_no_mask(const std::string &url,
                                  const std::string &origin = std::string());

  virtual ~WebSocket() {}
  virtual void poll(int timeout = 0) = 0;
  virtual void send(const std::string &message) = 0;
  virtual void sendBinary(const std::string &message) = 0;
  virtual void sendPing() = 0;
  virtual void close() = 0;
  virtual readyStateValues getReadyState() const = 0;
  template <class Callable> void dispatch(Callable callable);
};

} // namespace easywsclient
