// Programs whose endpoint is a local string or string stream the code appends to before it
// hands it to the socket (`url += …`, `url.append(…)`, `out << … << …`). The appends made
// before the hand-over are part of the endpoint; the look-alikes change the local in ways
// that leave its text unknown (appends on every round of a loop, a helper that takes it by
// reference, a part appended in one arm of a branch) or append only after the hand-over,
// which the socket never sees.
#pragma once
#include <ixwebsocket/IXWebSocket.h>

#include <sstream>
#include <string>

inline void quiet(ix::WebSocket &ws) {
  ws.setPingInterval(20);
  ws.disableAutomaticReconnection();
}
