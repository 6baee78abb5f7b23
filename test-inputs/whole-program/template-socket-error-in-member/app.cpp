// The shape of template-socket-through-virtual-call with a compile error inside the
// template member that opens the socket: the opening is lost with the member, so the
// client that runs it is reported incomplete (exit 3), not clean and not left out for
// having no socket. A second program in the run (tool.cpp) analyses fine.
// REQUIRES: boost-beast
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <memory>

namespace net = boost::asio;
namespace websocket = boost::beast::websocket;
using tcp = net::ip::tcp;

struct Feed {
  virtual ~Feed() = default;
  virtual void run() = 0;
};

template <typename Stream> class StreamFeed : public Feed {
public:
  explicit StreamFeed(net::io_context &ioc) : ws_(ioc) {}
  void run() override {
    ws_.next_layer().no_such_member();
    // expect-error@-1{{no member named 'no_such_member'}}
    ws_.handshake("feed.example.com", "/prices");
  }

private:
  Stream ws_;
};

int main() {
  net::io_context ioc;
  std::unique_ptr<Feed> f = std::make_unique<StreamFeed<websocket::stream<tcp::socket>>>(ioc);
  f->run();
  ioc.run();
}
