// SPDX-License-Identifier: Apache-2.0
// Declaration-only stand-in for easywsclient.hpp that includes no standard header, for TUs
// compiled for a target whose SDK Debian lacks (iOS, Android, WebAssembly): the same class,
// open call and methods as ../easywsclient, with the URL as a C string.
#pragma once

namespace easywsclient {

class WebSocket {
public:
  typedef WebSocket *pointer;
  typedef enum readyStateValues { CLOSING, CLOSED, CONNECTING, OPEN } readyStateValues;

  static pointer from_url(const char *url, const char *origin = "");

  virtual ~WebSocket() {}
  virtual void poll(int timeout = 0) = 0;
  virtual void send(const char *message) = 0;
  virtual void sendPing() = 0;
  virtual void close() = 0;
  virtual readyStateValues getReadyState() const = 0;
};

} // namespace easywsclient
