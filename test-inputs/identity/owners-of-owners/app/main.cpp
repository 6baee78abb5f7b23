// Owners of owners: the App owns two Features, each Feature owns its Link, each Link its
// socket. Chat's feature is kept alive from a thread; Prices' feature subscribes once and
// never sends again, through the very same Link::send. So the App holds two connections
// and only Chat's has a heartbeat. (Before owners were followed past one level, wslint saw
// one member, Feature::link_, reaching the opening, kept one socket held twice, and
// credited Chat's loop to both.)
// REQUIRES: poco
#include "../feature.h"

class App {
public:
  void start() {
    chat_.start();
    std::thread([this] { chat_.keepAlive(); }).detach();
    prices_.start();
    prices_.subscribe("EURUSD");
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
