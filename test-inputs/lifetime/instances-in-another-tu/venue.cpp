#include "venue.h"

#include <ixwebsocket/IXWebSocket.h>

struct VenueFeed::Impl {
  ix::WebSocket ws;
};

void VenueFeed::connect(const std::string &venue) {
  impl_ = std::make_shared<Impl>();
  impl_->ws.setUrl("wss://" + venue + ".example.com/feed");
  // expect-warning[websocket-connection-budget]@-1{{client 'instances-in-another-tu' holds 3 WebSocket connections; a desktop client's ceiling is 2}}
  // expect-note[websocket-connection-budget]@-2{{connections 1-3 of 3: 'VenueFeed::Impl::ws' (IXWebSocket) to wss://….example.com/feed, one per live instance}}
  // expect-warning[websocket-undocumented-boundary]@-3{{WebSocket connection 1 of 3 in client 'instances-in-another-tu' ('VenueFeed::Impl::ws') states no boundary}}
  // expect-note[websocket-undocumented-boundary]@-4{{connections 1-3 of 3: 'VenueFeed::Impl::ws'}}
  impl_->ws.start();
}
