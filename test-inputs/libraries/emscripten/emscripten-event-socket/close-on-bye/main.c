// Look-alike: the handler closes the socket only when the server says "bye"; every other
// message keeps it open. It lives on and needs a heartbeat.
// REQUIRES: emscripten
#include <emscripten/websocket.h>
#include <string.h>

static EM_BOOL on_message(int type, const EmscriptenWebSocketMessageEvent *e, void *user) {
  if (e->isText && strcmp((const char *)e->data, "bye") == 0)
    emscripten_websocket_close(e->socket, 1000, "bye");
  return EM_TRUE;
}

int main(void) {
  EmscriptenWebSocketCreateAttributes attr;
  emscripten_websocket_init_create_attributes(&attr);
  attr.url = "wss://chat.example.com/room";
  EMSCRIPTEN_WEBSOCKET_T ws = emscripten_websocket_new(&attr);
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::ws' (Emscripten) to wss://chat.example.com/room has no heartbeat}}
  emscripten_websocket_set_onmessage_callback(ws, NULL, on_message);
  return 0;
}
