// Three small programs whose endpoints are built at run time: from a local and a constant,
// from a configured host, and with a token appended to the query. Literal parts are kept
// and unknown parts read "…", so a plain scheme to a known remote host and a credential in
// the query are seen; a plain scheme to a host only known at run time is not reported
// (it may be loopback).
#pragma once
#include <ixwebsocket/IXWebSocket.h>

#include <string>

inline void quiet(ix::WebSocket &ws) {
  ws.setPingInterval(20);
  ws.disableAutomaticReconnection();
}
