// Look-alike: two sockets with a handler each. The quote socket's handler closes it on
// every message; the ticker's handler only prints. The event's socket is the socket its
// handler was registered on, so only the quote socket is for one exchange.
// REQUIRES: emscripten
#include <emscripten/websocket.h>
#include <stdio.h>

static EM_BOOL quote_done(int type, const EmscriptenWebSocketMessageEvent *e, void *user) {
  emscripten_websocket_close(e->socket, 1000, "done");
  return EM_TRUE;
}

static EM_BOOL tick(int type, const EmscriptenWebSocketMessageEvent *e, void *user) {
  printf("%.*s\n", (int)e->numBytes, (const char *)e->data);
  return EM_TRUE;
}

int main(void) {
  EmscriptenWebSocketCreateAttributes q = {"wss://quotes.example.com/once", NULL, EM_TRUE};
  EMSCRIPTEN_WEBSOCKET_T quote = emscripten_websocket_new(&q);
  emscripten_websocket_set_onmessage_callback(quote, NULL, quote_done);
  EmscriptenWebSocketCreateAttributes t = {"wss://ticker.example.com/live", NULL, EM_TRUE};
  EMSCRIPTEN_WEBSOCKET_T ticker = emscripten_websocket_new(&t); // #ticker
  // expect-warning[websocket-missing-heartbeat]@#ticker{{'main::ticker' (Emscripten) to wss://ticker.example.com/live has no heartbeat}}
  emscripten_websocket_set_onmessage_callback(ticker, NULL, tick);
  return 0;
}
