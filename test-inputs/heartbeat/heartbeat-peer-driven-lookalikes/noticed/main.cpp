// Look-alike: the message callback only notices pongs (it counts them); the client never
// answers or sends anything, so nothing keeps the connection alive (as IXWebSocket's ws
// tools log "Received pong").
#include <ixwebsocket/IXWebSocket.h>

#include <atomic>

static std::atomic<int> pongs{0};

int main() {
  static ix::WebSocket ws;
  ws.setUrl("wss://noticed.example.com/");
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::ws' (IXWebSocket) to wss://noticed.example.com/ has no heartbeat}}
  ws.setOnMessageCallback([](const ix::WebSocketMessagePtr &msg) {
    if (msg->type == ix::WebSocketMessageType::Pong)
      ++pongs;
  });
  ws.start();
}
