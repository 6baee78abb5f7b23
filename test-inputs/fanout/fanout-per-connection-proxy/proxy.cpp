// A relay: for each client that connects, the server makes a per-connection state object
// (through a factory kept in a local), and the connection callback dials the upstream
// socket that object holds: one upstream socket per connection. The library runs its own
// accepted peers with run(); they are not client sockets.
#include <ixwebsocket/IXWebSocket.h>
#include <ixwebsocket/IXWebSocketServer.h>

#include <memory>
#include <string>

class RelayState : public ix::ConnectionState {
public:
  ix::WebSocket &upstream() { return upstream_; }

private:
  ix::WebSocket upstream_;
};

int relay(int port, const std::string &target) {
  ix::WebSocketServer server(port);
  auto factory = []() -> std::shared_ptr<ix::ConnectionState> {
    return std::make_shared<RelayState>(); // #state
    // expect-note[websocket-connection-fanout]@#state{{one RelayState (and so one socket) per request, created in a per-request handler}}
  };
  server.setConnectionStateFactory(factory);
  server.setOnConnectionCallback(
      [target](std::weak_ptr<ix::WebSocket>, std::shared_ptr<ix::ConnectionState> base) {
        auto state = std::static_pointer_cast<RelayState>(base);
        state->upstream().setUrl(target);
        // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'RelayState::upstream_' (IXWebSocket) per request}}
        state->upstream().start();
      });
  server.listenAndStart();
  server.wait();
  return 0;
}

// What the library does with each accepted peer, written out: run() on a socket nobody
// gave a URL opens nothing.
void servePeer(std::shared_ptr<ix::WebSocket> peer) { peer->run(); }

int main() {
  servePeer(std::make_shared<ix::WebSocket>());
  return relay(9000, "wss://upstream.example.com/");
}
