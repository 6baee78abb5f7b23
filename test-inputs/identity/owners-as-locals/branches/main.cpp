// Two locals with one name, one in each branch of an if: two Links, never alive together,
// told apart by their lines. Only the live link is kept alive; the replay link sends one
// request and is never pinged.
// REQUIRES: poco
#include "../link.h"

int main(int argc, char **) {
  if (argc > 1) {
    Link s;
    s.open("/live");
    std::thread([&s] { s.keepAlive(); }).detach();
    for (;;)
      std::this_thread::sleep_for(std::chrono::hours(1));
  } else {
    Link s;
    s.open("/replay");
    s.send(R"({"replay":"2026-12-01"})");
    for (;;)
      std::this_thread::sleep_for(std::chrono::hours(1));
  }
}
