// Look-alike: one feature owns the wrapper. Nothing to tell apart: the socket keeps the
// name of its slot, and the owner's keep-alive loop is its heartbeat.
// REQUIRES: poco
#include "../link.h"

class Chat {
public:
  void start() {
    link_.open("/chat");
    std::thread([this] { link_.keepAlive(); }).detach();
  }

private:
  Link link_;
};

int main() {
  Chat chat;
  chat.start();
  for (;;)
    std::this_thread::sleep_for(std::chrono::hours(1));
}
