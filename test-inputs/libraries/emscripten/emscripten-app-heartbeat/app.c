// An application heartbeat named in the config: a "ping" text message sent from an
// interval timer counts; the same message sent once at start-up would not.
// REQUIRES: emscripten
// expect-no-findings
#include <emscripten/eventloop.h>
#include <emscripten/websocket.h>

static EMSCRIPTEN_WEBSOCKET_T sock;

static void send_ping(void *user) { emscripten_websocket_send_utf8_text(sock, "ping"); }

int main(void) {
  EmscriptenWebSocketCreateAttributes attr;
  emscripten_websocket_init_create_attributes(&attr);
  attr.url = "wss://app.example.com/";
  sock = emscripten_websocket_new(&attr);
  emscripten_set_interval(send_ping, 25000, NULL);
  return 0;
}
