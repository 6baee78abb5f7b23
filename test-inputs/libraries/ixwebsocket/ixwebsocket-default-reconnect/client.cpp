// IXWebSocket reconnects by itself (exponential, no jitter) unless told not to.
#include <ixwebsocket/IXWebSocket.h>

int main() {
  ix::WebSocket automatic;
  automatic.setUrl("wss://a.example.com/");
  // expect-warning[websocket-missing-backoff]@-1{{'main::automatic' (IXWebSocket) to wss://a.example.com/ backs off exponentially but without jitter}}
  // expect-note[websocket-missing-backoff]@-2{{library default}}
  automatic.start();

  ix::WebSocket manual;
  manual.setUrl("wss://b.example.com/");
  manual.disableAutomaticReconnection();
  manual.start();
}
