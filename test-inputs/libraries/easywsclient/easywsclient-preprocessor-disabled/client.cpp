// easywsclient's from_url inside a disabled block and behind an undefined macro is not a
// socket.
// expect-no-findings
#include "easywsclient.hpp"

int main() {
#if 0
  easywsclient::WebSocket::pointer old = easywsclient::WebSocket::from_url("ws://old.local/");
#endif
#ifdef WITH_DEBUG_FEED
  easywsclient::WebSocket::pointer debug =
      easywsclient::WebSocket::from_url("ws://localhost:9000/debug");
#endif
  return 0;
}
