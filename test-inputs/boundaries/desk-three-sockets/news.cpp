// SPDX-License-Identifier: Apache-2.0
// REQUIRES: boost-beast
#include "desk.h"

void Desk::openNews() {
  keepAlive(news_);
  news_.handshake("127.0.0.1:9002", "/news");
  // expect-warning[websocket-connection-budget]@-1{{client 'desk-three-sockets' holds 3 WebSocket connections; a desktop client's ceiling is 2}}
  // expect-note[websocket-connection-budget]@#prices{{connection 1 of 3: 'Desk::prices_' (Boost.Beast) to ws://127.0.0.1:9000/prices}}
  // expect-note[websocket-connection-budget]@#orders{{connection 2 of 3: 'Desk::orders_' (Boost.Beast) to ws://127.0.0.1:9001/orders; boundary (reliability): order acks must never queue}}
  // expect-note[websocket-connection-budget]@-4{{connection 3 of 3: 'Desk::news_'}}
  // expect-warning[websocket-undocumented-boundary]@-5{{WebSocket connection 3 of 3 in client 'desk-three-sockets' ('Desk::news_') states no boundary}}
  // expect-note[websocket-undocumented-boundary]@#prices{{connection 1 of 3}}
  // expect-note[websocket-undocumented-boundary]@#orders{{connection 2 of 3}}
  // expect-note[websocket-undocumented-boundary]@-8{{connection 3 of 3}}
}
