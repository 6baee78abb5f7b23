// Look-alike: the same manager, and this program calls addOptions(): two feeds at once.
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
  m.addOptions();
  m.startAll();
  m.run();
}
