// easywsclient: from_url returns the socket; sendPing() in the poll loop is a heartbeat.
// A second socket that only polls has none.
#include "easywsclient.hpp"

using easywsclient::WebSocket;

int main() {
  WebSocket::pointer ws = WebSocket::from_url("ws://localhost:8126/foo");
  // websocket-boundary(binary-stream): camera frames would stall the control commands.
  WebSocket::pointer video = WebSocket::from_url("ws://localhost:8127/video");
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::video' (easywsclient) to ws://localhost:8127/video has no heartbeat}}
  while (ws->getReadyState() != WebSocket::CLOSED) {
    ws->sendPing();
    ws->poll(1000);
    video->poll(0);
  }
}
