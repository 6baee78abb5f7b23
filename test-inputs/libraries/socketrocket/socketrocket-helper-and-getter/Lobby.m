// A game lobby that reaches its one SocketRocket socket three ways: through the property
// (self.socket), through its getter sent as a message ([self socket]), and through a helper
// method handed the socket ([self connect:self.socket]). One socket, pinged from a repeating
// timer through the getter. Its close callback starts again at once: the missing backoff is
// reported where the helper is handed the socket.
#import <SocketRocket/SocketRocket.h>

@interface Lobby : NSObject <SRWebSocketDelegate>
@property (nonatomic, strong) SRWebSocket *socket;
@end

@implementation Lobby

- (void)connect:(SRWebSocket *)ws {
  ws.delegate = self; // #delegate
  [ws open];
}

- (void)start {
  self.socket = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:@"wss://lobby.example.com/v1"]];
  [self connect:self.socket]; // #call
  // expect-warning[websocket-missing-backoff]@#call{{WebSocket 'Lobby::socket' (SocketRocket) to wss://lobby.example.com/v1 reconnects with no delay}}
  // expect-note[websocket-missing-backoff]@#delegate{{reopened from the handler registered by ws.delegate = self}}
  [NSTimer scheduledTimerWithTimeInterval:25 repeats:YES block:^(NSTimer *timer) {
    [[self socket] sendPing:[NSData data] error:nil];
  }];
}

- (void)webSocket:(SRWebSocket *)webSocket didCloseWithCode:(NSInteger)code reason:(NSString *)reason wasClean:(BOOL)wasClean {
  [self start];
}

@end

int main(void) {
  [[Lobby new] start];
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
