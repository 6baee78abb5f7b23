// follows-fix: heartbeat (a ping message from a repeating timer)
// A steady_timer whose handler, a member function bound with std::bind, sends a ping and arms
// the timer again.
// REQUIRES: cpprest
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <cpprest/ws_client.h>

#include <chrono>
#include <functional>

using namespace web::websockets::client;

class Quotes {
public:
  explicit Quotes(boost::asio::io_context &ioc) : timer_(ioc) {}
  void start() {
    ws_.connect(U("wss://quotes.example.com/v1")).wait();
    arm();
  }

private:
  void arm() {
    timer_.expires_after(std::chrono::seconds(20));
    timer_.async_wait(std::bind(&Quotes::onTimer, this, std::placeholders::_1));
  }
  void onTimer(const boost::system::error_code &ec) {
    if (ec)
      return;
    websocket_outgoing_message ping;
    ping.set_ping_message();
    ws_.send(ping);
    arm();
  }
  websocket_client ws_;
  boost::asio::steady_timer timer_;
};

int main() {
  boost::asio::io_context ioc;
  Quotes q(ioc);
  q.start();
  ioc.run();
}
