// Look-alike: Chat keeps its link alive through its member, and main keeps Prices' link
// alive through a getter that returns a Link&. Both connections have a heartbeat. The call
// through the getter names no member, so the code it runs may be either owner's: wslint
// keeps the two links as one socket held twice rather than credit the loop to Chat alone
// (that would report a missing heartbeat on Prices' link, which has one).
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

class Prices {
public:
  void start() { link_.open("/prices"); }
  Link &link() { return link_; }

private:
  Link link_;
};

int main() {
  Chat chat;
  // expect-note[websocket-undocumented-boundary]@-1{{connection 1 of 2: an instance of 'Chat' made in 'main'}}
  Prices prices;
  // expect-note[websocket-undocumented-boundary]@-1{{connection 2 of 2: an instance of 'Prices' made in 'main'}}
  chat.start();
  prices.start();
  std::thread([&prices] { prices.link().keepAlive(); }).detach();
  for (;;)
    std::this_thread::sleep_for(std::chrono::hours(1));
}
