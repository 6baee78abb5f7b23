// A maintenance program: a hub connection for the whole run, and three jobs that run one
// after another, each with a socket in a local that is gone when the job returns. At most two
// sockets live at once (the hub and one job), so the budget holds; the second socket still
// needs its boundary stated.
#include <ixwebsocket/IXWebSocket.h>

class Hub {
public:
  void connect() {
    ws_.setUrl("wss://hub.example.com/");
    // expect-note[websocket-undocumented-boundary]@-1{{connection 1 of 2: 'Hub::ws_'}}
    ws_.start();
  }

private:
  ix::WebSocket ws_;
};

void importPrices() {
  ix::WebSocket ws;
  ws.setUrl("wss://prices.example.com/export");
  // expect-warning[websocket-undocumented-boundary]@-1{{WebSocket connection 2 of 2 in client 'tools' ('importPrices::ws') states no boundary}}
  // expect-note[websocket-undocumented-boundary]@-2{{connection 2 of 2: 'importPrices::ws'}}
  ws.start();
  ws.stop();
}

void exportOrders() {
  ix::WebSocket ws;
  ws.setUrl("wss://orders.example.com/import");
  ws.start();
  ws.stop();
}

void audit() {
  ix::WebSocket ws;
  ws.setUrl("wss://audit.example.com/");
  ws.start();
  ws.stop();
}

int main() {
  Hub hub;
  hub.connect();
  importPrices();
  exportOrders();
  audit();
}
