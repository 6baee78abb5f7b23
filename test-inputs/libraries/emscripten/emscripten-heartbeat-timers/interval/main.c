// follows-fix: heartbeat (an application message from emscripten_set_interval)
// The fix hint followed: a small application message sent from emscripten_set_interval.
// REQUIRES: emscripten
#include <emscripten/eventloop.h>
#include <emscripten/websocket.h>

static EMSCRIPTEN_WEBSOCKET_T sock;

static void keep_alive(void *user) { emscripten_websocket_send_utf8_text(sock, "{\"type\":\"hb\"}"); }

int main(void) {
  EmscriptenWebSocketCreateAttributes attr;
  emscripten_websocket_init_create_attributes(&attr);
  attr.url = "wss://board.example.com/live";
  sock = emscripten_websocket_new(&attr);
  emscripten_set_interval(keep_alive, 20000, NULL);
  return 0;
}
