// Conditions that test an outcome are not runtime flags: options set on the success path of
// a completion handler (`if (!ec)`), or when an operation's result says so, hold whenever
// the socket is up.
// expect-no-findings
#include "beast.h"

class Session {
public:
  explicit Session(net::io_context &ioc) : ws_(ioc) {}
  void start() {
    ws_.async_handshake("localhost", "/live", [this](beast::error_code ec) { onHandshake(ec); });
  }

private:
  void onHandshake(beast::error_code ec) {
    if (!ec) {
      ws_.set_option(pinging_timeout());
      ws_.async_read(buffer_, [](beast::error_code, std::size_t) {});
    }
  }
  plain_socket ws_;
  beast::flat_buffer buffer_;
};

int main() {
  net::io_context ioc;
  Session session(ioc);
  session.start();
  ioc.run();
}
