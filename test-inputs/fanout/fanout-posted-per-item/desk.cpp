// A trading desk hands its per-symbol work to executors. Quotes are posted to a thread pool:
// each job dials its own blocking socket, and the pool runs the jobs side by side. Trades are
// posted to the io_context: each job makes an asynchronous session that its own handlers keep
// alive, so every symbol's session stays open at once.
// The look-alikes stay single sockets: history jobs posted to the io_context dial a blocking
// socket in a local, so one job finishes before the next starts; the feed job makes its
// session only when there is none yet; the control session is posted once, not per symbol.
// With history, feed and control the desk holds three sockets: one over its ceiling.
// REQUIRES: boost-beast
#include "beast.h"

#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>

#include <memory>
#include <string>
#include <vector>

static void stream_quotes(const std::string &symbol) {
  net::io_context ioc;
  plain_socket ws(ioc);
  ws.set_option(pinging_timeout());
  ws.handshake("quotes.example.com", "/" + symbol);
  // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'stream_quotes::ws' (Boost.Beast) to ws://quotes.example.com/… per item}}
  beast::flat_buffer buffer;
  ws.read(buffer);
}

static void import_history(const std::string &symbol) {
  net::io_context ioc;
  plain_socket ws(ioc);
  ws.set_option(pinging_timeout());
  // websocket-boundary(network-policy): the history archive is reached only over the backup link.
  ws.handshake("history.example.com", "/" + symbol);
  // expect-note[websocket-connection-budget]@-1{{connection 1 of 3: 'import_history::ws'}}
  beast::flat_buffer buffer;
  ws.read(buffer);
}

struct trades_session : std::enable_shared_from_this<trades_session> {
  plain_socket ws_;
  explicit trades_session(net::io_context &ioc) : ws_(ioc) {}
  void run(const std::string &symbol) {
    ws_.set_option(pinging_timeout());
    ws_.async_handshake("trades.example.com", "/" + symbol,
                        [self = shared_from_this()](beast::error_code) {});
    // expect-warning[websocket-connection-fanout]@-2{{opens a WebSocket 'trades_session::ws_' (Boost.Beast) to ws://trades.example.com/… per item}}
  }
};

struct feed_session : std::enable_shared_from_this<feed_session> {
  plain_socket ws_;
  explicit feed_session(net::io_context &ioc) : ws_(ioc) {}
  void subscribe(const std::string &) {}
  void run() {
    ws_.set_option(pinging_timeout());
    // websocket-boundary(reliability): order entry must be delivered; market data may drop.
    ws_.async_handshake("feed.example.com", "/",
                        [self = shared_from_this()](beast::error_code) {});
    // expect-note[websocket-connection-budget]@-2{{connection 2 of 3: 'feed_session::ws_'}}
  }
};

struct control_session : std::enable_shared_from_this<control_session> {
  plain_socket ws_;
  explicit control_session(net::io_context &ioc) : ws_(ioc) {}
  void run() {
    ws_.set_option(pinging_timeout());
    ws_.async_handshake("control.example.com", "/",
                        [self = shared_from_this()](beast::error_code) {});
    // expect-warning[websocket-connection-budget]@-2{{holds 3 WebSocket connections; a desktop client's ceiling is 2}}
    // expect-note[websocket-connection-budget]@-3{{connection 3 of 3: 'control_session::ws_'}}
  }
};

int main(int argc, char **argv) {
  std::vector<std::string> symbols(argv + 1, argv + argc);
  net::thread_pool pool(4);
  for (const auto &s : symbols)
    net::post(pool, [s] { stream_quotes(s); });
  // expect-note[websocket-connection-fanout]@-1{{work starts here on a thread once per item}}
  net::io_context ioc;
  for (const auto &s : symbols)
    net::post(ioc, [&ioc, s] { std::make_shared<trades_session>(ioc)->run(s); });
  // expect-note[websocket-connection-fanout]@-1{{one trades_session (and so one socket) per item, created here and kept}}
  for (const auto &s : symbols)
    net::post(ioc, [s] { import_history(s); });
  std::shared_ptr<feed_session> feed;
  for (const auto &s : symbols)
    net::post(ioc, [&ioc, &feed, s] {
      if (!feed) {
        feed = std::make_shared<feed_session>(ioc);
        feed->run();
      }
      feed->subscribe(s);
    });
  net::post(ioc, [&ioc] { std::make_shared<control_session>(ioc)->run(); });
  ioc.run();
  pool.join();
}
