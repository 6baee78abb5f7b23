// The second socket is the vendor's; its boundary comes from .wslint.yaml.
// expect-no-findings
#include "vendor/gateway.h"

int main() {
  ix::WebSocket events;
  events.setUrl("wss://events.example.com/");
  events.start();
  vendor::Gateway gateway;
  gateway.open();
}
