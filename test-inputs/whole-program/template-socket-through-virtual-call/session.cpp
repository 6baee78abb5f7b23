// A class template holds the socket (its type is the template parameter) and opens it in
// a virtual member; the program makes its one specialisation with std::make_unique and
// calls the member through the base. The member is instantiated only because the factory
// constructs the class: with the factory's body skipped as library code, the socket was
// never seen and the run was clean.
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
    ws_.handshake("feed.example.com", "/prices");
    // expect-warning[websocket-missing-heartbeat]@-1{{has no heartbeat}}
    // expect-warning[websocket-insecure-endpoint]@-2{{connects to ws://feed.example.com/prices without TLS}}
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
