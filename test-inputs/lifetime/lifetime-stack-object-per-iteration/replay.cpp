// Replaying a list of recorded sessions: a Session per round, on the stack, gone before the
// next round starts. One socket at a time, not fan-out. The mirrors are the look-alike: one
// Mirror per venue, kept in a vector, all alive together: fan-out.
#include <ixwebsocket/IXWebSocket.h>

#include <memory>
#include <string>
#include <vector>

class Session {
public:
  explicit Session(const std::string &url) { ws_.setUrl(url); }
  void run() { ws_.start(); }

private:
  ix::WebSocket ws_;
};

class Mirror {
public:
  void open(const std::string &venue) {
    ws_.setUrl("wss://mirror.example.com/" + venue);
    // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'Mirror::ws_' (IXWebSocket) to wss://mirror.example.com/… per item}}
    ws_.start();
  }

private:
  ix::WebSocket ws_;
};

int main() {
  std::vector<std::string> recordings = {"wss://replay.example.com/1", "wss://replay.example.com/2"};
  for (const auto &url : recordings) {
    Session s(url);
    s.run();
  }
  for (size_t i = 0; i < recordings.size(); ++i) {
    Session again(recordings[i]);
    again.run();
  }
  std::vector<std::unique_ptr<Mirror>> mirrors;
  for (const char *venue : {"a", "b", "c"}) {
    mirrors.push_back(std::make_unique<Mirror>()); // #kept
    // expect-note[websocket-connection-fanout]@-1{{one Mirror (and so one socket) per item, created here and kept}}
    mirrors.back()->open(venue);
  }
}
