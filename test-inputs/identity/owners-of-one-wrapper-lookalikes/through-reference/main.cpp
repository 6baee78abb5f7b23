// Look-alike: Chat keeps its own link alive through a helper that takes a Link&, so the
// keep-alive loop is reached without naming whose link it runs on. The two links are still
// two sockets (each feature owns one by value), but the loop's evidence is credited to both,
// as it was before owners were told apart: Prices' missing heartbeat is not reported (a
// miss, not a guess).
// REQUIRES: poco
#include "../link.h"

void keepAliveOn(Link &link) { link.keepAlive(); }

class Chat {
public:
  void start() {
    link_.open("/chat");
    std::thread([this] { keepAliveOn(link_); }).detach();
  }

private:
  Link link_;
};

class Prices {
public:
  void start() { link_.open("/prices"); }

private:
  Link link_;
};

int main() {
  Chat chat;
  Prices prices;
  chat.start();
  prices.start();
  for (;;)
    std::this_thread::sleep_for(std::chrono::hours(1));
}
