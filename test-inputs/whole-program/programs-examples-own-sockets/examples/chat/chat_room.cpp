#include "examples/chat/chat_room.h"

// The chat example never pings. The ticker's ping is another program's: it does not keep
// this socket alive.
void ChatRoom::connect() {
  ws.setUrl("wss://chat.example.com/");
  // expect-warning[websocket-missing-heartbeat]@-1{{'ChatRoom::ws' (IXWebSocket) to wss://chat.example.com/ has no heartbeat}}
  ws.disableAutomaticReconnection();
  ws.start();
}
