// A small wrapper: the application hands it callbacks through setters; it calls the close
// callback after closing the socket.
#pragma once
#include <functional>
#include <memory>
#include <string>

namespace easywsclient {
class WebSocket;
}

class Link {
public:
  using Handler = std::function<void()>;
  void onClose(const Handler &h) { onClose_ = std::make_unique<Handler>(h); }
  void open(const std::string &url);
  void close();
  void pump();
  void send(const std::string &text);

private:
  std::unique_ptr<Handler> onClose_;
  easywsclient::WebSocket *ws_ = nullptr;
};
