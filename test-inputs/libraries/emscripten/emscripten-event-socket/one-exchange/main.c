// A socket for one exchange: it sends a request when it opens and closes itself, through
// the event's `socket`, on every message it receives. It needs no heartbeat. Before
// event-callbacks, `e->socket` was nobody's socket and the close was not this one's.
// REQUIRES: emscripten
#include <emscripten/websocket.h>
#include <stdio.h>

static EM_BOOL on_open(int type, const EmscriptenWebSocketOpenEvent *e, void *user) {
  emscripten_websocket_send_utf8_text(e->socket, "{\"get\":\"quote\"}");
  return EM_TRUE;
}

static EM_BOOL on_message(int type, const EmscriptenWebSocketMessageEvent *e, void *user) {
  printf("%.*s\n", (int)e->numBytes, (const char *)e->data);
  emscripten_websocket_close(e->socket, 1000, "done");
  return EM_TRUE;
}

int main(void) {
  EmscriptenWebSocketCreateAttributes attr = {"wss://quotes.example.com/once", NULL, EM_TRUE};
  EMSCRIPTEN_WEBSOCKET_T ws = emscripten_websocket_new(&attr);
  emscripten_websocket_set_onopen_callback(ws, NULL, on_open);
  emscripten_websocket_set_onmessage_callback(ws, NULL, on_message);
  return 0;
}
