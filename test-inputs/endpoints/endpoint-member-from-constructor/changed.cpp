#include <ixwebsocket/IXWebSocket.h>

#include <string>

// The same class with a method that changes the field after the object is made.
class Movable {
public:
  explicit Movable(std::string url) : url_(std::move(url)) {}
  void retarget(const std::string &url) { url_ = url; }
  void run() {
    ws_.setPingInterval(20);
    ws_.disableAutomaticReconnection();
    ws_.setUrl(url_);
    ws_.start();
  }

private:
  std::string url_;
  ix::WebSocket ws_;
};

int main(int argc, char **argv) {
  Movable feed("wss://quotes.example.com/feed");
  if (argc > 1)
    feed.retarget(argv[1]);
  feed.run();
}
