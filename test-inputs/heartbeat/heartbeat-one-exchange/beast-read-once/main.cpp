// Boost.Beast, the shape of its own asynchronous client example: write one message, read
// the reply, close. The read's completion handler returns on an error and otherwise
// closes: the connection ends at its first message.
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
    ws_.async_handshake("quote.example.com", "/",
                        beast::bind_front_handler(&Session::onHandshake, shared_from_this()));
  }

private:
  void onHandshake(beast::error_code ec) {
    if (ec)
      return;
    ws_.async_write(net::buffer(text_),
                    beast::bind_front_handler(&Session::onWrite, shared_from_this()));
  }
  void onWrite(beast::error_code ec, std::size_t) {
    if (ec)
      return;
    ws_.async_read(buffer_, beast::bind_front_handler(&Session::onRead, shared_from_this()));
  }
  void onRead(beast::error_code ec, std::size_t) {
    if (ec)
      return;
    ws_.async_close(websocket::close_code::normal,
                    beast::bind_front_handler(&Session::onClose, shared_from_this()));
  }
  void onClose(beast::error_code) {}
  websocket::stream<beast::tcp_stream> ws_;
  beast::flat_buffer buffer_;
  std::string text_ = "quote?";
};

int main() {
  net::io_context ioc;
  tcp::resolver resolver(ioc);
  std::make_shared<Session>(ioc)->run(resolver.resolve("quote.example.com", "80"));
  ioc.run();
}
