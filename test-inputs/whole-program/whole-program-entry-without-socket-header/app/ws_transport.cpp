// Two implementations of the interface, one over a WebSocket, reached from main only
// through the base class's virtual open().
#include "transport.h"

#include <ixwebsocket/IXWebSocket.h>

#include <cstdio>

namespace {
struct WsTransport : Transport {
  void open() override {
    ws.setUrl("wss://feed.example.com/");
    // expect-warning[websocket-missing-heartbeat]@-1{{'WsTransport::ws' (IXWebSocket) to wss://feed.example.com/ has no heartbeat}}
    ws.start();
  }
  ix::WebSocket ws;
};

struct ReplayTransport : Transport {
  void open() override { file = std::fopen("capture.bin", "rb"); }
  std::FILE *file = nullptr;
};
} // namespace

std::unique_ptr<Transport> makeTransport(bool replay) {
  if (replay)
    return std::make_unique<ReplayTransport>();
  return std::make_unique<WsTransport>();
}
