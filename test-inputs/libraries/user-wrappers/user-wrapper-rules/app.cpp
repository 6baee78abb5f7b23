// Sockets behind an in-house wrapper count like library sockets: its rules file is named
// in .wslint.yaml.
#include "realtime.h"

struct Dashboard {
  void start() {
    orders.setHeartbeat(20);
    orders.connect("wss://orders.acme.example/"); // #orders
    prices = acme::open_feed("wss://prices.acme.example/");
    // expect-warning[websocket-missing-heartbeat]@-1{{'Dashboard::prices' (ACME Realtime) to wss://prices.acme.example/ has no heartbeat}}
    // expect-warning[websocket-undocumented-boundary]@-2{{WebSocket connection 2 of 2 in client 'user-wrapper-rules' ('Dashboard::prices') states no boundary}}
    // expect-note[websocket-undocumented-boundary]@#orders{{connection 1 of 2: 'Dashboard::orders' (ACME Realtime) to wss://orders.acme.example/}}
    // expect-note[websocket-undocumented-boundary]@-4{{connection 2 of 2: 'Dashboard::prices'}}
  }
  acme::RealtimeClient orders;
  std::unique_ptr<acme::RealtimeClient> prices;
};

int main() {
  Dashboard d;
  d.start();
}
