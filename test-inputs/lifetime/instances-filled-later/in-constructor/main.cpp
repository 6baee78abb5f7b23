// Look-alike: the manager fills the options member in its constructor, so every manager
// holds an options feed: two feeds at once.
// REQUIRES: boost-beast
// expect-no-findings
#include "../feed.h"

class Manager {
public:
  Manager() { options_ = std::make_shared<Options>(ioc_); }
  void addFeed() { feeds_.push_back(std::make_shared<Spot>(ioc_)); }
  void startAll() {
    for (auto &f : feeds_)
      f->start();
    if (options_)
      options_->start();
  }
  void run() { ioc_.run(); }

private:
  net::io_context ioc_;
  std::vector<std::shared_ptr<Feed>> feeds_;
  std::shared_ptr<Options> options_;
};

int main() {
  Manager m;
  m.addFeed();
  m.startAll();
  m.run();
}
