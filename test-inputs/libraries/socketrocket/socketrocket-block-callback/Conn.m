// A connection object that tells its owner of the end through a block kept in a property;
// the owner's block starts the connection again at once. The way back runs from the
// delegate's close callback through the property to the block written in main.
#import <SocketRocket/SocketRocket.h>

@interface Conn : NSObject <SRWebSocketDelegate>
@property (nonatomic, copy) void (^onClose)(void);
- (void)start;
@end

@implementation Conn {
  SRWebSocket *_socket;
}

- (void)start {
  _socket = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:@"wss://events.example.com/v1"]];
  _socket.delegate = self; // #delegate
  [_socket open]; // #open
  // expect-warning[websocket-missing-backoff]@#open{{WebSocket 'Conn::_socket' (SocketRocket) to wss://events.example.com/v1 reconnects with no delay}}
  // expect-note[websocket-missing-backoff]@#delegate{{reopened from the handler registered by _socket.delegate = self}}
  // expect-warning[websocket-missing-heartbeat]@#open{{WebSocket 'Conn::_socket' (SocketRocket) to wss://events.example.com/v1 has no heartbeat}}
}

- (void)webSocket:(SRWebSocket *)webSocket didCloseWithCode:(NSInteger)code reason:(NSString *)reason wasClean:(BOOL)wasClean {
  if (self.onClose)
    self.onClose();
}

@end

int main(void) {
  Conn *conn = [Conn new];
  __weak Conn *weak = conn;
  conn.onClose = ^{
    [weak start];
  };
  [conn start];
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
