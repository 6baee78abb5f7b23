// Look-alike: an App with one Feature, kept alive. One owner at every level: the socket
// keeps its own name and its heartbeat.
// REQUIRES: poco
#include "../feature.h"

class App {
public:
  void start() {
    chat_.start();
    std::thread([this] { chat_.keepAlive(); }).detach();
  }

private:
  Feature chat_{"/chat"};
};

int main() {
  App app;
  app.start();
  for (;;)
    std::this_thread::sleep_for(std::chrono::hours(1));
}
