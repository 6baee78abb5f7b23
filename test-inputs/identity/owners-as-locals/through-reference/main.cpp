// Look-alike: both links are kept alive, the prices link through a reference to it. A
// reference names no owner (it could be bound to either link), so wslint keeps one socket
// held twice and says why, rather than credit the loop to the chat link alone (that would
// report a missing heartbeat on the prices link, which has one).
// REQUIRES: poco
#include "../link.h"

int main() {
  Link chat, prices;
  // expect-note[websocket-undocumented-boundary]@-1{{connection 1 of 2: an instance of 'Link' made in 'main'}}
  // expect-note[websocket-undocumented-boundary]@-2{{connection 2 of 2: an instance of 'Link' made in 'main'}}
  chat.open("/chat");
  prices.open("/prices");
  Link &kept = prices;
  std::thread([&chat] { chat.keepAlive(); }).detach();
  std::thread([&kept] { kept.keepAlive(); }).detach();
  for (;;)
    std::this_thread::sleep_for(std::chrono::hours(1));
}
