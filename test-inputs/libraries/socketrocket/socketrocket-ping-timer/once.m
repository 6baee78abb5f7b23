// The look-alike: a ping sent once, when the socket opens (a framework callback that runs
// once per connection), is no heartbeat.
#import <SocketRocket/SocketRocket.h>

@interface Quotes : NSObject <SRWebSocketDelegate>
@end

@implementation Quotes {
  SRWebSocket *_socket;
}

- (void)start {
  _socket = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:@"wss://quotes.example.com/v1"]];
  _socket.delegate = self;
  [_socket open]; // #open
  // expect-warning[websocket-missing-heartbeat]@#open{{WebSocket 'Quotes::_socket' (SocketRocket) to wss://quotes.example.com/v1 has no heartbeat}}
}

- (void)webSocketDidOpen:(SRWebSocket *)webSocket {
  [_socket sendPing:[NSData data] error:nil];
}

@end

int main(void) {
  [[Quotes new] start];
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
