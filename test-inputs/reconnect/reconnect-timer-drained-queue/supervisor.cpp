// Nothing reopens the socket where its close is noticed: the supervisor queues the closed
// feed, and a timer that re-arms itself every two seconds drains the queue and reopens it.
// A reconnect through a timer, with the timer's fixed delay.
#include "easywsclient.hpp"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <deque>
#include <string>

using easywsclient::WebSocket;

class Supervisor {
public:
  explicit Supervisor(boost::asio::io_context &ioc) : timer_(ioc) {}
  void start() {
    open();
    tick();
  }

private:
  void open() { ws_ = WebSocket::from_url("ws://feed.example.com/"); }
  // expect-warning[websocket-missing-backoff]@-1{{'Supervisor::ws_' (easywsclient) to ws://feed.example.com/ reconnects after a fixed delay}}
  void noticeClose() {
    if (ws_ && ws_->getReadyState() == WebSocket::CLOSED) {
      delete ws_;
      ws_ = nullptr;
      pending_.push_back("feed");
    }
  }
  void tick() {
    if (ws_) {
      ws_->sendPing();
      ws_->poll(0);
    }
    noticeClose();
    for (const auto &name : pending_)
      open();
    pending_.clear();
    timer_.expires_after(std::chrono::seconds(2));
    // expect-note[websocket-missing-backoff]@-1{{reopened from a timer that re-arms itself}}
    timer_.async_wait([this](const boost::system::error_code &) { tick(); });
  }

  boost::asio::steady_timer timer_;
  std::deque<std::string> pending_;
  WebSocket::pointer ws_ = nullptr;
};

int main() {
  boost::asio::io_context ioc;
  Supervisor s(ioc);
  s.start();
  ioc.run();
}
