// Look-alike: a one-shot timeout sends one message a second after start-up, and never
// again. That is not a heartbeat.
// REQUIRES: emscripten
#include <emscripten/eventloop.h>
#include <emscripten/websocket.h>

static EMSCRIPTEN_WEBSOCKET_T sock;

static void hello(void *user) { emscripten_websocket_send_utf8_text(sock, "hello"); }

int main(void) {
  EmscriptenWebSocketCreateAttributes attr;
  emscripten_websocket_init_create_attributes(&attr);
  attr.url = "wss://scores.example.com/";
  sock = emscripten_websocket_new(&attr);
  // expect-warning[websocket-missing-heartbeat]@-1{{'sock' (Emscripten) to wss://scores.example.com/ has no heartbeat}}
  emscripten_set_timeout(hello, 1000, NULL);
  return 0;
}
