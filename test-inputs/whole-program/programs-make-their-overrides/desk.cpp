// expect-no-findings
// The desk makes its feeds four ways: a local, a std::make_unique stored in a base-class
// pointer member, a global, and a member by value. Each makes its class's override live.
#include "transport.h"

News g_news;

struct Desk {
  Desk() { orders_ = std::make_unique<Orders>(); }
  void run() {
    start(*orders_);
    start(alerts_);
  }
  std::unique_ptr<Transport> orders_;
  Alerts alerts_;
};

int main() {
  Prices prices;
  start(prices);
  Desk desk;
  desk.run();
  start(g_news);
}
