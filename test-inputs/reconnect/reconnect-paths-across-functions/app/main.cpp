// The application's close callback opens the link again at once, up to three times, and
// says hello: a reconnect with no delay, reached through the wrapper's stored callback.
#include "../lib/link.h"

#include <unistd.h>

class Session {
public:
  explicit Session(Link &l) : link_(l) { link_.onClose(std::bind(&Session::closed, this)); }
  void closed() {
    if (++attempts_ > 3)
      return;
    link_.open("ws://feed.example.com/");
    link_.send("hello");
  }

private:
  Link &link_;
  int attempts_ = 0;
};

int main() {
  Link link;
  Session s(link);
  link.open("ws://feed.example.com/");
  while (true) {
    link.pump();
    usleep(10000);
  }
}
