// emscripten_set_timeout_loop runs its callback again for as long as it returns EM_TRUE.
// REQUIRES: emscripten
#include <emscripten/eventloop.h>
#include <emscripten/websocket.h>

static EMSCRIPTEN_WEBSOCKET_T sock;
static int open_ = 1;

static EM_BOOL beat(double now, void *user) {
  emscripten_websocket_send_utf8_text(sock, "beat");
  return open_ ? EM_TRUE : EM_FALSE;
}

int main(void) {
  EmscriptenWebSocketCreateAttributes attr;
  emscripten_websocket_init_create_attributes(&attr);
  attr.url = "wss://scores.example.com/";
  sock = emscripten_websocket_new(&attr);
  emscripten_set_timeout_loop(beat, 15000, NULL);
  return 0;
}
