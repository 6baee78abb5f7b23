// Look-alike: the close handler reached the same way, but Chat's callback waits an
// exponentially growing, capped, jittered delay before it reopens. No finding.
// REQUIRES: websocketpp
#include "../link.h"

#include <algorithm>
#include <random>

class Chat {
public:
  void start() {
    link_.onClosed([this] { retry(); });
    link_.open("wss://prices.example.com/");
    std::thread([this] { link_.keepAlive(); }).detach();
    link_.run();
  }

private:
  void retry() {
    std::mt19937 rng{std::random_device{}()};
    auto delay = std::chrono::milliseconds(500 << std::min(attempt_++, 6));
    delay += std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 250)(rng));
    std::this_thread::sleep_for(delay);
    link_.open("wss://prices.example.com/");
  }
  int attempt_ = 0;
  Link link_;
};

int main() {
  Chat chat;
  chat.start();
}
