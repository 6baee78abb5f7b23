// An application heartbeat: a timer that re-arms itself sends a small message through the
// client's own send wrapper. A one-shot timer that sends a subscription once, and replies
// sent from the read handler, are not heartbeats.
#include "beast.h"

class Feed {
public:
  explicit Feed(net::io_context &ioc) : ws_(ioc), timer_(ioc) {}
  void start() {
    ws_.handshake("localhost", "/feed");
    ws_.async_read(buffer_, [](beast::error_code, std::size_t) {});
    schedulePing();
  }

private:
  void schedulePing() {
    timer_.expires_after(std::chrono::seconds(20));
    timer_.async_wait([this](beast::error_code ec) {
      if (ec)
        return;
      post("{\"type\":\"heartbeat\"}");
      schedulePing();
    });
  }
  void post(const std::string &message) {
    ws_.async_write(net::buffer(message), [](beast::error_code, std::size_t) {});
  }
  plain_socket ws_;
  net::steady_timer timer_;
  beast::flat_buffer buffer_;
};

class Quotes {
public:
  explicit Quotes(net::io_context &ioc) : ws_(ioc), timer_(ioc) {}
  void start() {
    // websocket-boundary(reliability): quotes are lossy and must not delay the feed's acks.
    ws_.handshake("localhost", "/quotes"); // #quotes
    // expect-warning[websocket-missing-heartbeat]@#quotes{{'Quotes::ws_' (Boost.Beast) to ws://localhost/quotes has no heartbeat}}
    subscribeLater();
    read();
  }

private:
  void subscribeLater() {
    timer_.expires_after(std::chrono::seconds(1));
    timer_.async_wait([this](beast::error_code) {
      ws_.write(net::buffer(std::string("{\"subscribe\":\"quotes\"}")));
    });
  }
  void read() {
    ws_.async_read(buffer_, [this](beast::error_code ec, std::size_t) {
      if (ec)
        return;
      ws_.write(net::buffer(std::string("{\"ack\":true}")));
      read();
    });
  }
  plain_socket ws_;
  net::steady_timer timer_;
  beast::flat_buffer buffer_;
};

int main() {
  net::io_context ioc;
  Feed feed(ioc);
  feed.start();
  Quotes quotes(ioc);
  quotes.start();
  ioc.run();
}
