#include "venue.h"

#include <ixwebsocket/IXWebSocket.h>

struct VenueFeed::Impl {
  ix::WebSocket ws;
};

void VenueFeed::connect(const std::string &venue) {
  impl_ = std::make_shared<Impl>();
  impl_->ws.setUrl("wss://" + venue + ".example.com/feed");
  // Each VenueFeed local of main is a socket of its own, named after it (main::binance …);
  // the probe's is never alive with the others.
  // expect-warning[websocket-connection-budget]@-3{{client 'instances-in-another-tu' holds 3 WebSocket connections; a desktop client's ceiling is 2}}
  // expect-note[websocket-connection-budget]@-4{{connection 1 of 3: 'main::binance → VenueFeed::Impl::ws' (IXWebSocket) to wss://….example.com/feed}}
  // expect-note[websocket-connection-budget]@-5{{connection 2 of 3: 'main::coinbase → VenueFeed::Impl::ws'}}
  // expect-note[websocket-connection-budget]@-6{{connection 3 of 3: 'main::kraken → VenueFeed::Impl::ws'}}
  // expect-warning[websocket-undocumented-boundary]@-7{{WebSocket connection 2 of 3 in client 'instances-in-another-tu' ('main::coinbase → VenueFeed::Impl::ws') states no boundary}}
  // expect-warning[websocket-undocumented-boundary]@-8{{WebSocket connection 3 of 3 in client 'instances-in-another-tu' ('main::kraken → VenueFeed::Impl::ws') states no boundary}}
  // Each boundary finding lists the three connections.
  // expect-note[websocket-undocumented-boundary]@-10{{connection 1 of 3: 'main::binance → VenueFeed::Impl::ws'}}
  // expect-note[websocket-undocumented-boundary]@-11{{connection 1 of 3: 'main::binance → VenueFeed::Impl::ws'}}
  // expect-note[websocket-undocumented-boundary]@-12{{connection 2 of 3: 'main::coinbase → VenueFeed::Impl::ws'}}
  // expect-note[websocket-undocumented-boundary]@-13{{connection 2 of 3: 'main::coinbase → VenueFeed::Impl::ws'}}
  // expect-note[websocket-undocumented-boundary]@-14{{connection 3 of 3: 'main::kraken → VenueFeed::Impl::ws'}}
  // expect-note[websocket-undocumented-boundary]@-15{{connection 3 of 3: 'main::kraken → VenueFeed::Impl::ws'}}
  impl_->ws.start();
}
