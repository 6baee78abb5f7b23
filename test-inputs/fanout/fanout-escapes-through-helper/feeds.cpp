// A market-data tool makes one session object per symbol in a loop and hands each to a
// helper. The quotes helper captures its shared pointer in the handshake's handler, so the
// session outlives the loop round: one open socket per symbol.
// The look-alikes hold one socket at a time: the snapshot helper takes the shared pointer
// too but only reads one message and lets it go; the audit helper is given a stack object
// by reference (a copy of a reference captured in a handler would be another object, and
// none is made here). The loops run one after another: one socket at a time besides the
// fan-out.
// REQUIRES: boost-beast
#include "beast.h"

#include <memory>
#include <string>
#include <vector>

struct quotes_session {
  plain_socket ws_;
  explicit quotes_session(net::io_context &ioc) : ws_(ioc) {}
};

static void start_quotes(std::shared_ptr<quotes_session> s, const std::string &symbol) {
  s->ws_.set_option(pinging_timeout());
  s->ws_.async_handshake("quotes.example.com", "/" + symbol, [s](beast::error_code) {});
  // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'quotes_session::ws_' (Boost.Beast) to ws://quotes.example.com/… per item}}
}

struct snapshot_session {
  plain_socket ws_;
  explicit snapshot_session(net::io_context &ioc) : ws_(ioc) {}
};

static void read_snapshot(const std::shared_ptr<snapshot_session> &s, const std::string &symbol) {
  s->ws_.set_option(pinging_timeout());
  s->ws_.handshake("snapshots.example.com", "/" + symbol);
  beast::flat_buffer buffer;
  s->ws_.read(buffer);
}

struct audit_link {
  plain_socket ws_;
  explicit audit_link(net::io_context &ioc) : ws_(ioc) {}
};

static void audit(audit_link &a, const std::string &symbol) {
  a.ws_.set_option(pinging_timeout());
  a.ws_.handshake("audit.example.com", "/" + symbol);
  beast::flat_buffer buffer;
  a.ws_.read(buffer);
}

int main(int argc, char **argv) {
  std::vector<std::string> symbols(argv + 1, argv + argc);
  net::io_context ioc;
  for (const auto &symbol : symbols) {
    auto s = std::make_shared<quotes_session>(ioc);
    // expect-note[websocket-connection-fanout]@-1{{one quotes_session (and so one socket) per item, created here and kept}}
    start_quotes(s, symbol);
  }
  for (const auto &symbol : symbols) {
    auto s = std::make_shared<snapshot_session>(ioc);
    read_snapshot(s, symbol);
  }
  for (const auto &symbol : symbols) {
    audit_link a(ioc);
    audit(a, symbol);
  }
  ioc.run();
}
