// Look-alike: both features are kept alive, Chat's through its member, Prices' through a
// helper that takes a Feature by reference. The helper names no member, so the loop it
// runs may be either owner's: wslint keeps one socket held twice and says why, rather
// than credit the loop to Chat alone (that would report a missing heartbeat on Prices'
// connection, which has one).
// REQUIRES: poco
#include "../feature.h"

static void keepAliveOn(Feature &feature) { feature.keepAlive(); }

class App {
public:
  void start() {
    chat_.start();
    std::thread([this] { chat_.keepAlive(); }).detach();
    prices_.start();
    std::thread([this] { keepAliveOn(prices_); }).detach();
  }

private:
  Feature chat_{"/chat"};
  Feature prices_{"/prices"};
};

int main() {
  App app;
  app.start();
  for (;;)
    std::this_thread::sleep_for(std::chrono::hours(1));
}
