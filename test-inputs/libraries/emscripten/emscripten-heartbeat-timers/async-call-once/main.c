// Look-alike: emscripten_async_call runs its function once, after the delay.
// REQUIRES: emscripten
#include <emscripten/emscripten.h>
#include <emscripten/websocket.h>

static EMSCRIPTEN_WEBSOCKET_T sock;

static void hello(void *user) { emscripten_websocket_send_utf8_text(sock, "hello"); }

int main(void) {
  EmscriptenWebSocketCreateAttributes attr;
  emscripten_websocket_init_create_attributes(&attr);
  attr.url = "wss://scores.example.com/";
  sock = emscripten_websocket_new(&attr);
  // expect-warning[websocket-missing-heartbeat]@-1{{'sock' (Emscripten) to wss://scores.example.com/ has no heartbeat}}
  emscripten_async_call(hello, NULL, 1000);
  return 0;
}
