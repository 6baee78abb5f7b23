// The helper blocks through another helper that sleeps: still once a second.
#include "../feed.h"

#include <chrono>
#include <thread>

static void wait_a_bit() { std::this_thread::sleep_for(std::chrono::seconds(1)); }

void pace() {
  // Nothing to flush yet; wait for the next round.
  wait_a_bit();
}

int main() {
  Feed f;
  f.run("ws://telemetry.example.com/");
}
