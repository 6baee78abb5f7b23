// A ticker app that pings from a repeating NSTimer whose selector is a method of its own:
// a heartbeat. Its socket has no reconnect to judge.
#import <SocketRocket/SocketRocket.h>

@interface Ticker : NSObject <SRWebSocketDelegate>
@end

@implementation Ticker {
  SRWebSocket *_socket;
  NSTimer *_heartbeat;
}

- (void)start {
  _socket = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:@"wss://ticks.example.com/v1"]];
  _socket.delegate = self;
  [_socket open];
}

- (void)webSocketDidOpen:(SRWebSocket *)webSocket {
  _heartbeat = [NSTimer scheduledTimerWithTimeInterval:20
                                                target:self
                                              selector:@selector(beat:)
                                              userInfo:nil
                                               repeats:YES];
}

- (void)beat:(NSTimer *)timer {
  [_socket sendPing:[NSData data] error:nil];
}

@end

int main(void) {
  [[Ticker new] start];
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
