// Look-alike: the delegate closes the socket only when the server says "bye"; every other
// message keeps it open, so it is long-lived and has no heartbeat.
#import <SocketRocket/SocketRocket.h>

@interface Chat : NSObject <SRWebSocketDelegate>
@end

@implementation Chat {
  SRWebSocket *_socket;
}

- (void)join {
  _socket = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:@"wss://chat.example.com/room"]];
  _socket.delegate = self;
  [_socket open];
  // expect-warning[websocket-missing-heartbeat]@-1{{'Chat::_socket' (SocketRocket) to wss://chat.example.com/room has no heartbeat}}
}

- (void)webSocket:(SRWebSocket *)webSocket didReceiveMessageWithString:(NSString *)string {
  if ([string isEqualToString:@"bye"])
    [webSocket closeWithCode:1000 reason:@"bye"];
}

@end

int main(void) {
  [[Chat new] join];
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
