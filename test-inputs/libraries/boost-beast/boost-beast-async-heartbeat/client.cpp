// follows-fix: heartbeat (keep_alive_pings with a finite idle timeout, an async_read pending)
// A healthy asynchronous client: TLS, idle pings set as an aggregate, reads pending.
// REQUIRES: boost-beast
// expect-no-findings
#include "beast.h"

class Feed {
public:
  Feed(net::io_context &ioc, ssl::context &tls) : ws_(ioc, tls) {}
  void start() {
    websocket::stream_base::timeout opt{std::chrono::seconds(30), std::chrono::seconds(20),
                                        true};
    ws_.set_option(opt);
    ws_.async_handshake("feed.example.com", "/prices", [this](beast::error_code ec) {
      if (!ec)
        read();
    });
  }

private:
  void read() {
    ws_.async_read(buffer_, [this](beast::error_code ec, std::size_t) {
      if (!ec)
        read();
    });
  }
  tls_socket ws_;
  beast::flat_buffer buffer_;
};

int main() {
  net::io_context ioc;
  ssl::context tls{ssl::context::tlsv12_client};
  Feed feed(ioc, tls);
  feed.start();
  ioc.run();
}
