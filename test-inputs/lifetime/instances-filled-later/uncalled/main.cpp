// The manager keeps an options feed in a member that only addOptions() fills, and this
// program never calls addOptions(): the one feed it holds is the spot feed added by
// addFeed(). Before, every manager counted the options feed too (2 at once), and the base
// initializer `: Feed(…)` of each exchange counted one more Feed.
// REQUIRES: boost-beast
// expect-no-findings
#include "../feed.h"

class Manager {
public:
  void addFeed() { feeds_.push_back(std::make_shared<Spot>(ioc_)); }
  void addOptions() { options_ = std::make_shared<Options>(ioc_); }
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
