// A one-shot timeout whose callback arms the same timeout again: it runs every 15 s.
// REQUIRES: emscripten
#include <emscripten/eventloop.h>
#include <emscripten/websocket.h>

static EMSCRIPTEN_WEBSOCKET_T sock;

static void beat(void *user) {
  emscripten_websocket_send_utf8_text(sock, "beat");
  emscripten_set_timeout(beat, 15000, user);
}

int main(void) {
  EmscriptenWebSocketCreateAttributes attr;
  emscripten_websocket_init_create_attributes(&attr);
  attr.url = "wss://scores.example.com/";
  sock = emscripten_websocket_new(&attr);
  emscripten_set_timeout(beat, 15000, NULL);
  return 0;
}
