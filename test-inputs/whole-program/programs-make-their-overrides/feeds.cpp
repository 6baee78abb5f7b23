#include "transport.h"

namespace {
void connect(ix::WebSocket &ws, const std::string &url) {
  ws.setUrl(url);
  ws.setPingInterval(20);
  ws.disableAutomaticReconnection();
  ws.start();
}
} // namespace

void start(Transport &T) { T.open(); }

void Prices::open() { connect(ws, "wss://prices.example.com/"); }
void Orders::open() { connect(ws, "wss://orders.example.com/"); }
void News::open() { connect(ws, "wss://news.example.com/"); }
void Alerts::open() { connect(ws, "wss://alerts.example.com/"); }
// A call through Transport never runs this one in this program: no LegacyQuotes is made
// (rapid type analysis), so its socket is not the desk's.
void LegacyQuotes::open() { connect(ws, "wss://legacy.example.com/"); }
