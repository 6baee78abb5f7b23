// Programs whose socket is given its URL from a private field that the class's
// constructor sets from its parameter: the URL is what the program passes where it makes
// the object. The look-alikes leave it unknown: two objects made with different URLs, one
// made by std::make_shared where its arguments are not read, a class with a method
// that changes the field later.
#pragma once
#include <ixwebsocket/IXWebSocket.h>

#include <memory>
#include <string>

class Feed {
public:
  explicit Feed(std::string url) : url_(std::move(url)) {}
  void run() {
    ws_.setPingInterval(20);
    ws_.disableAutomaticReconnection();
    ws_.setUrl(url_); // #open
    ws_.start();
  }

private:
  std::string url_;
  ix::WebSocket ws_;
};
