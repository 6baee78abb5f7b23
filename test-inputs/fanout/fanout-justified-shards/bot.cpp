// A bot whose gateway assigns shards: the server mandates one connection per shard, and the
// loop says so. The per-guild voice sockets are the look-alike: their annotation gives only
// tidiness as the reason, which is no boundary, so their fan-out is still reported.
#include <ixwebsocket/IXWebSocket.h>

#include <memory>
#include <string>
#include <vector>

class Shard {
public:
  explicit Shard(int id) { ws_.setUrl("wss://gateway.example.com/?shard=" + std::to_string(id)); }
  void run() { ws_.start(); }

private:
  ix::WebSocket ws_;
};

class Voice {
public:
  void join(const std::string &guild) {
    ws_.setUrl("wss://voice.example.com/" + guild);
    // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'Voice::ws_' (IXWebSocket) to wss://voice.example.com/… per item}}
    ws_.start();
  }

private:
  ix::WebSocket ws_;
};

int main() {
  std::vector<std::unique_ptr<Shard>> shards;
  // websocket-boundary(network-policy): the gateway assigns each shard its own connection and session.
  for (int i = 0; i < 4; ++i) {
    shards.push_back(std::make_unique<Shard>(i));
    shards.back()->run();
  }
  std::vector<std::unique_ptr<Voice>> voices;
  // websocket-boundary(network-policy): it is cleaner to keep one object per guild.
  for (const char *guild : {"a", "b"}) {
    voices.push_back(std::make_unique<Voice>()); // #voice
    // expect-note[websocket-connection-fanout]@-1{{one Voice (and so one socket) per item, created here and kept}}
    voices.back()->join(guild);
  }
}
