// Look-alike: the read handler reads again after every message and closes only when the
// server sends "bye". The stream stays open across messages, and nothing pings it.
// REQUIRES: boost-beast
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

#include <memory>
#include <string>

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace net = boost::asio;
using tcp = net::ip::tcp;

class Session : public std::enable_shared_from_this<Session> {
public:
  explicit Session(net::io_context &ioc) : ws_(net::make_strand(ioc)) {}
  void run(tcp::resolver::results_type const &endpoints) {
    beast::get_lowest_layer(ws_).connect(endpoints);
    ws_.async_handshake("feed.example.com", "/",
                        beast::bind_front_handler(&Session::onHandshake, shared_from_this()));
    // expect-warning[websocket-missing-heartbeat]@-2{{'Session::ws_' (Boost.Beast) to ws://feed.example.com/ has no heartbeat}}
  }

private:
  void onHandshake(beast::error_code ec) {
    if (ec)
      return;
    ws_.async_read(buffer_, beast::bind_front_handler(&Session::onRead, shared_from_this()));
  }
  void onRead(beast::error_code ec, std::size_t) {
    if (ec)
      return;
    if (beast::buffers_to_string(buffer_.data()) == "bye") {
      ws_.async_close(websocket::close_code::normal,
                      beast::bind_front_handler(&Session::onClose, shared_from_this()));
      return;
    }
    buffer_.consume(buffer_.size());
    ws_.async_read(buffer_, beast::bind_front_handler(&Session::onRead, shared_from_this()));
  }
  void onClose(beast::error_code) {}
  websocket::stream<beast::tcp_stream> ws_;
  beast::flat_buffer buffer_;
};

int main() {
  net::io_context ioc;
  tcp::resolver resolver(ioc);
  std::make_shared<Session>(ioc)->run(resolver.resolve("feed.example.com", "80"));
  ioc.run();
}
