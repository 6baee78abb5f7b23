// Chat asks its Link to reopen at once when the connection closes. Chat has no constructor
// of its own: the compiler's constructs the Link, whose constructor registers the close
// handler. Before, that constructor was never reached, so the reconnect was not seen and
// the missing backoff not reported.
// REQUIRES: websocketpp
#include "../link.h"

class Chat {
public:
  void start() {
    link_.onClosed([this] { link_.open("wss://chat.example.com/"); });
    link_.open("wss://chat.example.com/");
    std::thread([this] { link_.keepAlive(); }).detach();
    link_.run();
  }

private:
  Link link_;
};

int main() {
  Chat chat;
  chat.start();
}
