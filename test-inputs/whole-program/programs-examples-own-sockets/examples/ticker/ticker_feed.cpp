#include "examples/ticker/ticker_feed.h"

// The ticker pings: a quiet market keeps its connection.
void TickerFeed::connect() {
  ws.setUrl("wss://ticker.example.com/");
  ws.setPingInterval(15);
  ws.disableAutomaticReconnection();
  ws.start();
}
