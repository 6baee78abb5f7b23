// One opening call written once in a template is one socket, however many instances the
// compiler makes of it: two codecs instantiate Stream (and the function template that makes
// one) twice, the reviewer draws one socket. (Two locals written apart would be two
// sockets: identity/owners-as-locals, program branches.)
#include <ixwebsocket/IXWebSocket.h>

#include <string>

template <class Codec> struct Stream {
  void open(const std::string &url) {
    ws_.setUrl(url);
    // expect-warning[websocket-missing-heartbeat]@-1{{'Stream::ws_' (IXWebSocket) has no heartbeat}}
    ws_.start();
  }
  ix::WebSocket ws_;
};

// A function template that opens whatever socket it is given, instantiated for two
// callback types: still the caller's one socket.
template <class OnOpen> void startWith(ix::WebSocket &ws, OnOpen onOpen) {
  ws.setPingInterval(20);
  onOpen();
  ws.start();
}

template <class Codec> void openStream(const std::string &url) {
  Stream<Codec> s;
  s.open(url);
}

struct JsonCodec {};
struct CborCodec {};

// websocket-boundary(tenant-plane): the control plane carries operator credentials the streams never see.
ix::WebSocket g_control;

int main(int argc, char **) {
  if (argc > 1)
    openStream<CborCodec>("wss://stream.example.com/cbor");
  else
    openStream<JsonCodec>("wss://stream.example.com/json");
  g_control.setUrl("wss://control.example.com/");
  if (argc > 2)
    startWith(g_control, [] {});
  else
    startWith(g_control, [argc] { (void)argc; });
}
