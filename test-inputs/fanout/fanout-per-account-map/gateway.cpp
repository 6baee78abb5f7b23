// A gateway logs in each account on its own socket, kept in a map by account: one socket
// per account, opened from a function the client calls once per account. The admin link is
// the look-alike: one map entry under a fixed key, opened once.
#include <ixwebsocket/IXWebSocket.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

class Gateway {
public:
  void login(const std::string &account) {
    auto &ws = byAccount_[account];
    ws = std::make_unique<ix::WebSocket>();
    ws->setUrl("wss://accounts.example.com/" + account);
    // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'Gateway::byAccount_' (IXWebSocket) to wss://accounts.example.com/… per item}}
    ws->start();
  }
  void admin() {
    links_["admin"].setUrl("wss://admin.example.com/");
    links_["admin"].start();
  }

private:
  std::map<std::string, std::unique_ptr<ix::WebSocket>> byAccount_;
  std::map<std::string, ix::WebSocket> links_;
};

void loginAll(Gateway &g, const std::vector<std::string> &accounts) {
  for (const auto &a : accounts)
    g.login(a);
  // expect-note[websocket-connection-fanout]@-1{{called once per item here: each call opens the socket of another element}}
}

int main() {
  Gateway g;
  g.admin();
  loginAll(g, {"alice", "bob"});
}
