// Opening calls the preprocessor removes are not sockets.
// REQUIRES: boost-beast
// expect-no-findings
#include "beast.h"

#define USE_LEGACY_FEED 0
#define WS_BACKEND_QT 0 // selects the Qt implementation instead of this one

int main() {
  net::io_context ioc;
  plain_socket ws(ioc);
#if 0
  ws.handshake("old.example.com", "/");
#endif
#if USE_LEGACY_FEED
  ws.handshake("legacy.example.com", "/");
#endif
#if WS_BACKEND_QT
  QWebSocket qt;
  qt.open(QUrl("wss://qt.example.com/"));
#endif
#ifdef WSLINT_SCENARIO_NEVER_DEFINED
  ws.handshake("never.example.com", "/");
#endif
  (void)ws;
}
