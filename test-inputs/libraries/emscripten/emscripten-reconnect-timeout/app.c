// The close callback (set through Emscripten's callback-setter macro) reopens one second
// later, always: a fixed delay.
// REQUIRES: emscripten
#include <emscripten/eventloop.h>
#include <emscripten/websocket.h>

static EMSCRIPTEN_WEBSOCKET_T sock;
static void open_socket(void *user);

static EM_BOOL on_close(int type, const EmscriptenWebSocketCloseEvent *e, void *user) {
  emscripten_set_timeout(open_socket, 1000, NULL); // #delay
  return EM_TRUE;
}

static void open_socket(void *user) {
  EmscriptenWebSocketCreateAttributes attr;
  emscripten_websocket_init_create_attributes(&attr);
  attr.url = "wss://game.example.com/";
  sock = emscripten_websocket_new(&attr);
  // expect-warning[websocket-missing-backoff]@-1{{'sock' (Emscripten) to wss://game.example.com/ reconnects after a fixed delay}}
  // expect-note[websocket-missing-backoff]@+2{{reopened from the handler registered by}}
  // expect-note[websocket-missing-backoff]@#delay{{the delay: emscripten_set_timeout(open_socket, 1000, NULL)}}
  emscripten_websocket_set_onclose_callback(sock, NULL, on_close);
}

int main(void) {
  open_socket(NULL);
  return 0;
}
