// Look-alike: a Desk owns one Link and two features that each hold a reference to it.
// Both open it (whichever starts first) and Chat keeps it alive. The features are two
// members of the Desk, but the link is one object: one socket, with Chat's keep-alive loop
// as its heartbeat. A call through a reference member does not run on an object the
// feature owns, so the features are not the link's owners (before, the link was split into
// 'Desk::chat_ → Link::ws_' and 'Desk::prices_ → Link::ws_', and the second copy was
// reported without a heartbeat).
// REQUIRES: poco
#include "../link.h"

class Chat {
public:
  explicit Chat(Link &link) : link_(link) {}
  void start() {
    link_.open("/desk");
    std::thread([this] { link_.keepAlive(); }).detach();
  }

private:
  Link &link_;
};

class Prices {
public:
  explicit Prices(Link &link) : link_(link) {}
  void start() {
    link_.open("/desk");
    link_.send(R"({"subscribe":"EURUSD"})");
  }

private:
  Link &link_;
};

class Desk {
public:
  void start() {
    chat_.start();
    prices_.start();
  }

private:
  Link link_;
  Chat chat_{link_};
  Prices prices_{link_};
};

int main() {
  Desk desk;
  desk.start();
  for (;;)
    std::this_thread::sleep_for(std::chrono::hours(1));
}
