// A server's peer connections are ix::WebSocket objects too, but user code never setUrl()s
// or start()s them: no client socket.
// expect-no-findings
#include <ixwebsocket/IXWebSocket.h>

#include <memory>

void onPeer(std::shared_ptr<ix::WebSocket> peer) {
  peer->setOnMessageCallback([](const ix::WebSocketMessagePtr &) {});
  peer->send("welcome");
}
