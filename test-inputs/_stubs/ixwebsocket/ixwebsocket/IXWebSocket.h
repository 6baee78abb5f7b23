// SPDX-License-Identifier: Apache-2.0
// Declaration-only stand-in for IXWebSocket's public header (no Debian package), written
// from its documented API (upstream ixwebsocket/IXWebSocket.h, docs/usage.md, v11-v12).
// Only what wslint's scenarios call; signatures as upstream declares them.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace ix {

enum class WebSocketMessageType { Message, Open, Close, Error, Ping, Pong, Fragment };

struct WebSocketErrorInfo {
  uint32_t retries = 0;
  double wait_time = 0;
  int http_status = 0;
  std::string reason;
};

struct WebSocketMessage {
  WebSocketMessageType type;
  const std::string &str;
  WebSocketErrorInfo errorInfo;
};
using WebSocketMessagePtr = std::unique_ptr<WebSocketMessage>;
using OnMessageCallback = std::function<void(const WebSocketMessagePtr &)>;

struct WebSocketInitResult {
  bool success = false;
  int http_status = 0;
  std::string errorStr;
};

struct WebSocketSendInfo {
  bool success = false;
};

class WebSocket {
public:
  WebSocket();
  ~WebSocket();

  void setUrl(const std::string &url);
  void setPingInterval(int pingIntervalSecs);
  void setOnMessageCallback(const OnMessageCallback &callback);

  void start();
  void stop(uint16_t code = 1000, const std::string &reason = "Normal closure");
  WebSocketInitResult connect(int timeoutSecs);
  void run();

  WebSocketSendInfo send(const std::string &data, bool binary = false);
  WebSocketSendInfo sendText(const std::string &text);
  WebSocketSendInfo ping(const std::string &text);

  void enableAutomaticReconnection();
  void disableAutomaticReconnection();
  bool isAutomaticReconnectionEnabled() const;
  void setMaxWaitBetweenReconnectionRetries(uint32_t maxWaitBetweenReconnectionRetries);
  void setMinWaitBetweenReconnectionRetries(uint32_t minWaitBetweenReconnectionRetries);
};

} // namespace ix
