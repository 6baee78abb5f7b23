// Emscripten code runs in a browser: the client is a browser client, whose ceiling is 2.
// A browser WebSocket cannot ping; with no application heartbeat both sockets lack one.
// REQUIRES: emscripten
#include <emscripten/websocket.h>
#include <string.h>

static EMSCRIPTEN_WEBSOCKET_T open_socket(const char *url) {
  EmscriptenWebSocketCreateAttributes attr;
  emscripten_websocket_init_create_attributes(&attr);
  attr.url = url;
  return emscripten_websocket_new(&attr);
}

static EM_BOOL on_close(int type, const EmscriptenWebSocketCloseEvent *e, void *user) {
  return EM_TRUE;
}

int main(void) {
  EMSCRIPTEN_WEBSOCKET_T chat = open_socket("wss://chat.example.com/"); // #chat
  // expect-warning[websocket-missing-heartbeat]@#chat{{'main::chat' (Emscripten) has no heartbeat}}
  EMSCRIPTEN_WEBSOCKET_T presence = open_socket("wss://presence.example.com/"); // #presence
  // expect-warning[websocket-missing-heartbeat]@#presence{{'main::presence' (Emscripten) has no heartbeat}}
  EMSCRIPTEN_WEBSOCKET_T feed = open_socket("wss://feed.example.com/"); // #feed
  // expect-warning[websocket-missing-heartbeat]@#feed{{'main::feed' (Emscripten) has no heartbeat}}
  // expect-warning[websocket-connection-budget]@#feed{{client 'emscripten-browser-client' holds 3 WebSocket connections; a browser client's ceiling is 2}}
  // expect-note[websocket-connection-budget]@#chat{{connection 1 of 3: 'main::chat'}}
  // expect-note[websocket-connection-budget]@#presence{{connection 2 of 3: 'main::presence'}}
  // expect-note[websocket-connection-budget]@#feed{{connection 3 of 3: 'main::feed'}}
  // expect-warning[websocket-undocumented-boundary]@#presence{{WebSocket connection 2 of 3 in client 'emscripten-browser-client' ('main::presence') states no boundary}}
  // expect-warning[websocket-undocumented-boundary]@#feed{{WebSocket connection 3 of 3 in client 'emscripten-browser-client' ('main::feed') states no boundary}}
  // expect-note[websocket-undocumented-boundary]@#chat 2{{connection 1 of 3}}
  // expect-note[websocket-undocumented-boundary]@#presence 2{{connection 2 of 3}}
  // expect-note[websocket-undocumented-boundary]@#feed 2{{connection 3 of 3}}
  emscripten_websocket_set_onclose_callback(chat, NULL, on_close);
  return 0;
}
