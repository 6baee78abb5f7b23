// Settings made in helpers that receive the socket as a shared pointer (by value or by
// reference) count for the caller's socket, in another file; a socket the helpers are
// never given keeps the library's defaults.
#include "market.h"

void enablePings(std::shared_ptr<ix::WebSocket> ws) { ws->setPingInterval(30); }

void keepClosed(const std::shared_ptr<ix::WebSocket> &ws) { ws->disableAutomaticReconnection(); }
