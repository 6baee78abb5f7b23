#pragma once
#include <ixwebsocket/IXWebSocket.h>

#include <memory>
#include <string>

// A REST request object: no socket.
struct Request {
  explicit Request(const std::string &base) : base_(base) {}
  std::string base_;
};

// The market stream: one socket, pinged by the library.
struct Stream {
  explicit Stream(const std::string &url);
  ix::WebSocket ws_;
};

// The trading desk: a request object and a stream, both made by the factory template.
class Desk {
public:
  Desk();

private:
  std::unique_ptr<Request> request_;
  std::unique_ptr<Stream> stream_;
};

// The poller: a request object only, made by the same template.
class Poller {
public:
  Poller();

private:
  std::unique_ptr<Request> request_;
};
