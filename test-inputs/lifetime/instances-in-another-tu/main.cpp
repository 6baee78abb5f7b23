// Three venues, three live VenueFeed objects, made in a file that never names a socket:
// three sockets at once, one per VenueFeed local, each named after it.
#include "venue.h"

int main() {
  // Made and dropped in a block before the others: never alive with them.
  {
    VenueFeed probe;
    probe.connect("status");
  }
  VenueFeed binance, kraken;
  binance.connect("binance");
  kraken.connect("kraken");
  auto coinbase = std::make_unique<VenueFeed>();
  coinbase->connect("coinbase");
}
