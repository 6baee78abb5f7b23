// The project's client: one socket to a loopback service, pinging.
// expect-no-findings
#include "vendor/minisock/minisock.h"

int main() {
  mini::Socket feed;
  feed.setPingSeconds(20);
  feed.connect("ws://localhost:9000/feed");
  feed.reopen();
}
