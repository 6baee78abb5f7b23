// The server pings in application messages and the client answers each on the socket the
// message came in on (`e->socket`): the peer drives the heartbeat.
// REQUIRES: emscripten
#include <emscripten/websocket.h>
#include <string.h>

static EM_BOOL on_message(int type, const EmscriptenWebSocketMessageEvent *e, void *user) {
  if (e->isText && strstr((const char *)e->data, "\"op\":\"ping\""))
    emscripten_websocket_send_utf8_text(e->socket, "{\"op\":\"pong\"}");
  return EM_TRUE;
}

int main(void) {
  EmscriptenWebSocketCreateAttributes attr;
  emscripten_websocket_init_create_attributes(&attr);
  attr.url = "wss://game.example.com/play";
  EMSCRIPTEN_WEBSOCKET_T ws = emscripten_websocket_new(&attr);
  emscripten_websocket_set_onmessage_callback(ws, NULL, on_message);
  return 0;
}
