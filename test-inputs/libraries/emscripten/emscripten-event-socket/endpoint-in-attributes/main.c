// The URL is the attributes' `url`, given in its initialiser: a plain ws:// to a remote
// host is reported, and the socket's endpoint is read for every other finding too.
// REQUIRES: emscripten
#include <emscripten/websocket.h>

int main(void) {
  EmscriptenWebSocketCreateAttributes attr = {"ws://feed.example.com/prices", NULL, EM_TRUE};
  EMSCRIPTEN_WEBSOCKET_T ws = emscripten_websocket_new(&attr);
  // expect-warning[websocket-insecure-endpoint]@-1{{ws://feed.example.com/prices}}
  // expect-warning[websocket-missing-heartbeat]@-2{{'main::ws' (Emscripten) to ws://feed.example.com/prices has no heartbeat}}
  return 0;
}
