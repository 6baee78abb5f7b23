// An iOS trading app written in Objective-C++: prices come over a Boost.Beast socket kept
// in a C++ class, chat over an SRWebSocket kept by an Objective-C object. One client, two
// connections, where a mobile client's ceiling is one. The prices socket is synchronous
// Beast, which cannot ping; its missing heartbeat is suppressed where it opens.
// REQUIRES: boost-beast
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#import <SocketRocket/SocketRocket.h>

namespace net = boost::asio;
namespace websocket = boost::beast::websocket;
using tcp = net::ip::tcp;

class PriceFeed {
public:
  explicit PriceFeed(net::io_context &ioc) : resolver_(ioc), ws_(ioc) {}
  void start() {
    auto const results = resolver_.resolve("prices.example.com", "80");
    net::connect(ws_.next_layer(), results.begin(), results.end());
    // NOLINTNEXTLINE(websocket-missing-heartbeat)
    ws_.handshake("prices.example.com", "/v1"); // #prices
    // expect-warning[websocket-insecure-endpoint]@#prices{{WebSocket 'PriceFeed::ws_' connects to ws://prices.example.com/v1 without TLS}}
  }

private:
  tcp::resolver resolver_;
  websocket::stream<tcp::socket> ws_;
};

@interface ChatChannel : NSObject
- (void)start;
@end

@implementation ChatChannel {
  SRWebSocket *_socket;
  NSTimer *_ping;
}

- (void)start {
  _socket = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:@"wss://chat.example.com/v1"]];
  [_socket open]; // #chat
  // expect-warning[websocket-connection-budget]@#chat{{client 'socketrocket-objcxx-beast-mix' holds 2 WebSocket connections; a mobile client's ceiling is 1}}
  // expect-note[websocket-connection-budget]@#prices{{connection 1 of 2: 'PriceFeed::ws_' (Boost.Beast)}}
  // expect-note[websocket-connection-budget]@#chat{{connection 2 of 2: 'ChatChannel::_socket' (SocketRocket)}}
  // expect-warning[websocket-undocumented-boundary]@#chat{{('ChatChannel::_socket') states no boundary}}
  // expect-note[websocket-undocumented-boundary]@#prices{{connection 1 of 2: 'PriceFeed::ws_' (Boost.Beast)}}
  // expect-note[websocket-undocumented-boundary]@#chat{{connection 2 of 2: 'ChatChannel::_socket' (SocketRocket)}}
  _ping = [NSTimer scheduledTimerWithTimeInterval:20 repeats:YES block:^(NSTimer *timer) {
    [self->_socket sendPing:[NSData data] error:nil];
  }];
}

@end

int main() {
  net::io_context ioc;
  PriceFeed prices(ioc);
  prices.start();
  ChatChannel *chat = [ChatChannel new];
  [chat start];
  ioc.run();
}
