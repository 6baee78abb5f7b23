// Look-alike: the helper sleeps only when asked to slow down, so the loop may spin without
// waiting; its sends are no heartbeat.
#include "../feed.h"

#include <unistd.h>

bool slow = false;

void pace() {
  if (slow)
    sleep(1);
}

int main() {
  Feed f;
  f.run("ws://telemetry.example.com/");
}
