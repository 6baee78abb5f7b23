#include "examples/chat/chat_room.h"

int main() {
  ChatRoom room;
  runSession(room);
}
