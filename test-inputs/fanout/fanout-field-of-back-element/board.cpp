// A quote board appends one Feed per symbol it shows and opens the socket of the feed it
// just appended, reaching it as the list's back(): called once per symbol, one socket per
// element. The look-alike: the board's single status line, appended once and opened the
// same way from a function called once: one socket.
#include <ixwebsocket/IXWebSocket.h>

#include <list>
#include <string>

struct Feed {
  ix::WebSocket ws;
};

struct StatusLine {
  ix::WebSocket ws;
};

class Board {
public:
  void show(const std::string &symbol) {
    feeds_.emplace_back();
    feeds_.back().ws.setUrl("wss://quotes.example.com/" + symbol);
    // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'Feed::ws' (IXWebSocket) to wss://quotes.example.com/… per item}}
    feeds_.back().ws.setPingInterval(20);
    feeds_.back().ws.start();
  }
  void status() {
    lines_.emplace_back();
    lines_.front().ws.setUrl("wss://quotes.example.com/status");
    lines_.front().ws.setPingInterval(20);
    lines_.front().ws.start();
  }

private:
  std::list<Feed> feeds_;
  std::list<StatusLine> lines_;
};

int main() {
  Board board;
  board.status();
  for (const char *symbol : {"AAPL", "MSFT"})
    board.show(symbol);
  // expect-note[websocket-connection-fanout]@-1{{called once per item here: each call opens the socket of another element}}
}
