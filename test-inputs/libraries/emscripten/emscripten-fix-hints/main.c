// follows-fix: backoff (reopen from the onclose callback with emscripten_set_timeout, a capped doubling delay plus a random share)
// follows-fix: heartbeat (an application message from emscripten_set_interval)
// REQUIRES: emscripten
// expect-no-findings
#include <emscripten/eventloop.h>
#include <emscripten/websocket.h>
#include <stdlib.h>

static EMSCRIPTEN_WEBSOCKET_T sock;
static int attempt;

static void open_socket(void *user);

static EM_BOOL on_open(int type, const EmscriptenWebSocketOpenEvent *e, void *user) {
  attempt = 0;
  return EM_TRUE;
}

static EM_BOOL on_close(int type, const EmscriptenWebSocketCloseEvent *e, void *user) {
  emscripten_websocket_delete(e->socket);
  double delay = 500.0 * (1 << (attempt < 6 ? attempt : 6));
  if (delay > 30000.0)
    delay = 30000.0;
  ++attempt;
  emscripten_set_timeout(open_socket, delay + delay * (rand() % 100) / 100.0, NULL);
  return EM_TRUE;
}

static void beat(void *user) { emscripten_websocket_send_utf8_text(sock, "{\"type\":\"ping\"}"); }

static void open_socket(void *user) {
  EmscriptenWebSocketCreateAttributes attr;
  emscripten_websocket_init_create_attributes(&attr);
  attr.url = "wss://game.example.com/";
  sock = emscripten_websocket_new(&attr);
  emscripten_websocket_set_onopen_callback(sock, NULL, on_open);
  emscripten_websocket_set_onclose_callback(sock, NULL, on_close);
}

int main(void) {
  open_socket(NULL);
  emscripten_set_interval(beat, 25000, NULL);
  return 0;
}
