// A broker client makes one Account per configured login, and each Account opens a socket
// per stream it follows: made with new into a pointer local, kept in a map member by stream
// id, then started through the local. One socket per stream of every account: the socket is
// the map's element, not the local. The look-alike: the session's control socket, made the
// same way but kept in a plain member and opened once: one socket, named by the member.
#include <ixwebsocket/IXWebSocket.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

class Account {
public:
  explicit Account(std::string name) : name_(std::move(name)) {}
  void follow(int stream) {
    auto *ws = new ix::WebSocket();
    streams_[stream] = ws;
    ws->setUrl("wss://broker.example.com/" + name_);
    // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'Account::streams_' (IXWebSocket) to wss://broker.example.com/… per item}}
    ws->setPingInterval(20);
    ws->disableAutomaticReconnection();
    ws->start();
  }

private:
  std::string name_;
  std::map<int, ix::WebSocket *> streams_;
};

class Session {
public:
  void connect() {
    auto *ws = new ix::WebSocket();
    control_ = ws;
    ws->setUrl("wss://broker.example.com/control");
    ws->setPingInterval(20);
    ws->disableAutomaticReconnection();
    ws->start();
  }

private:
  ix::WebSocket *control_ = nullptr;
};

int main() {
  Session session;
  session.connect();
  std::vector<std::unique_ptr<Account>> accounts;
  for (const char *login : {"alice", "bob"}) {
    accounts.push_back(std::make_unique<Account>(login));
    accounts.back()->follow(0);
    // expect-note[websocket-connection-fanout]@-1{{called once per item here: each call opens the socket of another element}}
  }
}
