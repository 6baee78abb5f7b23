// SPDX-License-Identifier: Apache-2.0
// Declaration-only stand-in for the parts of IXWebSocket's server headers the scenarios
// use (IXConnectionState.h, IXSocketServer.h, IXWebSocketServer.h, v11): the same
// signatures, none of the code.
#pragma once

#include "IXWebSocket.h"

#include <functional>
#include <memory>
#include <string>

namespace ix {

class ConnectionState {
public:
  virtual ~ConnectionState() = default;
  const std::string &getRemoteIp();
};

class SocketServer {
public:
  using ConnectionStateFactory = std::function<std::shared_ptr<ConnectionState>()>;
  virtual ~SocketServer();
  void setConnectionStateFactory(const ConnectionStateFactory &connectionStateFactory);
};

class WebSocketServer : public SocketServer {
public:
  using OnConnectionCallback =
      std::function<void(std::weak_ptr<WebSocket>, std::shared_ptr<ConnectionState>)>;
  using OnClientMessageCallback = std::function<void(std::shared_ptr<ConnectionState>,
                                                     WebSocket &, const WebSocketMessagePtr &)>;
  explicit WebSocketServer(int port = 8008, const std::string &host = "127.0.0.1");
  void setOnConnectionCallback(const OnConnectionCallback &callback);
  void setOnClientMessageCallback(const OnClientMessageCallback &callback);
  bool listenAndStart();
  void start();
  void wait();
};

} // namespace ix
