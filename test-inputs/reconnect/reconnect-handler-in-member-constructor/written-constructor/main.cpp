// The same, with a constructor of Chat's own that writes no initializer for its Link: the
// Link is still constructed, and its close handler registered.
// REQUIRES: websocketpp
#include "../link.h"

class Chat {
public:
  Chat() { std::this_thread::yield(); }
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
