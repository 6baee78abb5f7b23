// The WebSocket is compiled only for a build that defines USE_WEBSOCKET_FEED; this build
// polls over fetch instead, so there is no socket. C code.
// REQUIRES: emscripten
// expect-no-findings
#include <emscripten/websocket.h>

int main(void) {
#ifdef USE_WEBSOCKET_FEED
  EmscriptenWebSocketCreateAttributes attr;
  emscripten_websocket_init_create_attributes(&attr);
  attr.url = "wss://feed.example.com/";
  EMSCRIPTEN_WEBSOCKET_T sock = emscripten_websocket_new(&attr);
  (void)sock;
#endif
#if 0
  EMSCRIPTEN_WEBSOCKET_T old = emscripten_websocket_new(0);
#endif
  return 0;
}
