#include "examples/ticker/ticker_feed.h"

int main() {
  TickerFeed feed;
  runSession(feed);
}
