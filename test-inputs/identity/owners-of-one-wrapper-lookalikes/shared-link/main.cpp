// Look-alike: two features hold the same Link through shared_ptr members; main makes one
// and hands it to both. One object, one socket: Chat's keep-alive loop is the heartbeat of
// the connection Prices uses too, so no finding.
// REQUIRES: poco
#include "../link.h"

class Chat {
public:
  explicit Chat(std::shared_ptr<Link> link) : link_(std::move(link)) {}
  void start() {
    link_->open("/desk");
    std::thread([this] { link_->keepAlive(); }).detach();
  }

private:
  std::shared_ptr<Link> link_;
};

class Prices {
public:
  explicit Prices(std::shared_ptr<Link> link) : link_(std::move(link)) {}
  void start() { link_->send(R"({"subscribe":"EURUSD"})"); }

private:
  std::shared_ptr<Link> link_;
};

int main() {
  auto link = std::make_shared<Link>();
  Chat chat(link);
  Prices prices(link);
  chat.start();
  prices.start();
  for (;;)
    std::this_thread::sleep_for(std::chrono::hours(1));
}
