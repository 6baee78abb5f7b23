// A command-line tap on the same feed: one client, one socket.
#include "feed.h"

int main() {
  Feed feed;
  feed.open();
}
