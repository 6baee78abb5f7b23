// The desk's main, named in the config by its file.
#include <ixwebsocket/IXWebSocket.h>

int main() {
  ix::WebSocket quotes;
  quotes.setUrl("wss://quotes.example.com/");
  quotes.setPingInterval(20);
  quotes.start();
}
