// Look-alike: a timeout loop whose callback always returns EM_FALSE runs once.
// REQUIRES: emscripten
#include <emscripten/eventloop.h>
#include <emscripten/websocket.h>

static EMSCRIPTEN_WEBSOCKET_T sock;

static EM_BOOL hello(double now, void *user) {
  emscripten_websocket_send_utf8_text(sock, "hello");
  return EM_FALSE;
}

int main(void) {
  EmscriptenWebSocketCreateAttributes attr;
  emscripten_websocket_init_create_attributes(&attr);
  attr.url = "wss://scores.example.com/";
  sock = emscripten_websocket_new(&attr);
  // expect-warning[websocket-missing-heartbeat]@-1{{'sock' (Emscripten) to wss://scores.example.com/ has no heartbeat}}
  emscripten_set_timeout_loop(hello, 1000, NULL);
  return 0;
}
