// Look-alike: one Link, kept alive. One owner: the socket keeps its own name.
// REQUIRES: poco
#include "../link.h"

int main() {
  Link chat;
  chat.open("/chat");
  std::thread([&chat] { chat.keepAlive(); }).detach();
  for (;;)
    std::this_thread::sleep_for(std::chrono::hours(1));
}
