// Local objects as owners: main makes two Links, keeps the chat link alive from a thread,
// and sends one subscription on the prices link, through the same Link::send, and never
// again. Two connections; only the chat link has a heartbeat. (Before locals were owners,
// wslint kept one socket held twice and credited the chat link's loop to both.)
// REQUIRES: poco
#include "../link.h"

int main() {
  Link chat;
  auto prices = std::make_unique<Link>();
  chat.open("/chat");
  std::thread([&chat] { chat.keepAlive(); }).detach();
  prices->open("/prices");
  prices->send(R"({"subscribe":"EURUSD"})");
  for (;;)
    std::this_thread::sleep_for(std::chrono::hours(1));
}
