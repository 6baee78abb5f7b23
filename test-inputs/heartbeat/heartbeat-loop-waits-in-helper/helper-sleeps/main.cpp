// The helper sleeps every time it is called, and is written after the loop that calls it:
// the readings go out once a second, a heartbeat.
#include "../feed.h"

#include <unistd.h>

int main() {
  Feed f;
  f.run("ws://telemetry.example.com/");
}

void pace() { sleep(1); }
