// SPDX-License-Identifier: Apache-2.0
// Declaration-only stand-in for Drogon's WebSocketClient (no Debian package), written from
// its documented API (upstream lib/inc/drogon/WebSocketClient.h, v1.5-v1.9), with the part of
// trantor's EventLoop (trantor/net/EventLoop.h) its clients use for timers.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace trantor {
using TimerId = unsigned long long;
class EventLoop {
public:
  TimerId runAfter(double delay, const std::function<void()> &cb);
  TimerId runAfter(const std::chrono::duration<double> &delay, const std::function<void()> &cb);
  TimerId runEvery(double interval, const std::function<void()> &cb);
  TimerId runEvery(const std::chrono::duration<double> &interval,
                   const std::function<void()> &cb);
  void invalidateTimer(TimerId id);
};
} // namespace trantor

namespace drogon {

enum class ReqResult { Ok = 0, BadResponse, NetworkFailure, BadServerAddress, Timeout };
enum class WebSocketMessageType { Text, Binary, Ping, Pong, Close, Unknown };

class HttpRequest {
public:
  static std::shared_ptr<HttpRequest> newHttpRequest();
  void setPath(const std::string &path);
};
using HttpRequestPtr = std::shared_ptr<HttpRequest>;
class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;

class WebSocketConnection {
public:
  virtual ~WebSocketConnection() = default;
  virtual void send(const std::string &msg) = 0;
  virtual void setPingMessage(const std::string &message,
                              const std::chrono::duration<double> &interval) = 0;
  virtual void disablePing() = 0;
};
using WebSocketConnectionPtr = std::shared_ptr<WebSocketConnection>;

class WebSocketClient;
using WebSocketClientPtr = std::shared_ptr<WebSocketClient>;
using WebSocketRequestCallback =
    std::function<void(ReqResult, const HttpResponsePtr &, const WebSocketClientPtr &)>;

class WebSocketClient {
public:
  virtual ~WebSocketClient() = default;
  virtual WebSocketConnectionPtr getConnection() = 0;
  virtual void setMessageHandler(
      const std::function<void(std::string &&message, const WebSocketClientPtr &,
                               const WebSocketMessageType &)> &callback) = 0;
  virtual void setConnectionClosedHandler(
      const std::function<void(const WebSocketClientPtr &)> &callback) = 0;
  virtual void connectToServer(const HttpRequestPtr &request,
                               const WebSocketRequestCallback &callback) = 0;
  virtual trantor::EventLoop *getLoop() = 0;
  virtual void stop() = 0;
  static WebSocketClientPtr newWebSocketClient(const std::string &hostString,
                                               trantor::EventLoop *loop = nullptr,
                                               bool useOldTLS = false, bool validateCert = true);
};

} // namespace drogon
