// One binary, several subcommands: each runs alone, so their sockets never live together.
// Dispatch by early return, by else-if and by switch. One socket at a time: no findings.
// expect-no-findings
#include <ixwebsocket/IXWebSocket.h>

#include <string>

class Watcher {
public:
  void run() {
    ws_.setUrl("wss://watch.example.com/");
    ws_.start();
  }

private:
  ix::WebSocket ws_;
};

class Trader {
public:
  void run() {
    ws_.setUrl("wss://trade.example.com/");
    ws_.start();
  }

private:
  ix::WebSocket ws_;
};

static int replay(char mode) {
  ix::WebSocket ws;
  switch (mode) {
  case 'p':
    ws.setUrl("wss://replay.example.com/prices");
    break;
  case 'o': {
    ix::WebSocket orders;
    orders.setUrl("wss://replay.example.com/orders");
    orders.start();
    return 0;
  }
  default:
    ws.setUrl("wss://replay.example.com/all");
  }
  ws.start();
  return 0;
}

int main(int argc, char **argv) {
  std::string cmd = argc > 1 ? argv[1] : "";
  if (cmd == "watch") {
    Watcher w;
    w.run();
    return 0;
  }
  if (cmd == "trade") {
    Trader t;
    t.run();
    return 0;
  } else if (cmd == "replay") {
    return replay(argc > 2 ? argv[2][0] : 'a');
  }
  ix::WebSocket probe;
  probe.setUrl("wss://status.example.com/");
  probe.start();
  return 0;
}
