// One socket per shard, made in an index loop and moved into a vector that outlives the
// loop: fan-out, whatever the loop's shape. The health probes are the look-alike: a socket
// per round that is stopped and dropped before the next round, one at a time.
#include <ixwebsocket/IXWebSocket.h>

#include <memory>
#include <string>
#include <vector>

int main() {
  std::vector<std::string> shards = {"wss://s1.example.com/", "wss://s2.example.com/"};
  std::vector<std::unique_ptr<ix::WebSocket>> conns;
  for (size_t i = 0; i < shards.size(); ++i) {
    auto ws = std::make_unique<ix::WebSocket>();
    ws->setUrl(shards[i]);
    // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'main::ws' (IXWebSocket) per item}}
    ws->start();
    conns.push_back(std::move(ws));
  }
  size_t n = 0;
  while (n < shards.size()) {
    ix::WebSocket probe;
    probe.setUrl(shards[n++]);
    probe.start();
    probe.stop();
  }
}
