// follows-fix: heartbeat (setPingInterval before start())
// IXWebSocket pings when setPingInterval gets a positive interval (default -1: off). Its
// built-in reconnect backs off exponentially, without jitter.
#include <ixwebsocket/IXWebSocket.h>

int main() {
  ix::WebSocket ws;
  ws.setUrl("wss://events.example.com/v2");
  // expect-warning[websocket-missing-backoff]@-1{{'main::ws' (IXWebSocket) to wss://events.example.com/v2 backs off exponentially but without jitter}}
  // expect-note[websocket-missing-backoff]@-2{{library default: IXWebSocket reconnects by itself, waiting 100 ms × 2^n up to 10 s, with no jitter}}
  ws.setPingInterval(45);
  ws.setOnMessageCallback([](const ix::WebSocketMessagePtr &) {});
  ws.start();
}
