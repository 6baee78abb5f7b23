// A chat client that reopens its socket from the delegate's close and fail callbacks after
// a fixed two-second dispatch_after: every client that lost the server at the same moment
// comes back at the same moment. The socket is made through its property (self.socket)
// and opened through the instance variable behind it (_socket): one socket. No ping either.
#import <SocketRocket/SocketRocket.h>

@interface ChatClient : NSObject <SRWebSocketDelegate>
@property (nonatomic, strong) SRWebSocket *socket;
- (void)start;
@end

@implementation ChatClient

- (void)start {
  NSURLRequest *request =
      [NSURLRequest requestWithURL:[NSURL URLWithString:@"wss://chat.example.com/socket"]];
  self.socket = [[SRWebSocket alloc] initWithURLRequest:request];
  self.socket.delegate = self; // #delegate
  [_socket open]; // #open
  // expect-warning[websocket-missing-heartbeat]@#open{{WebSocket 'ChatClient::socket' (SocketRocket) to wss://chat.example.com/socket has no heartbeat}}
  // expect-warning[websocket-missing-backoff]@#open{{WebSocket 'ChatClient::socket' (SocketRocket) to wss://chat.example.com/socket reconnects after a fixed delay}}
  // expect-note[websocket-missing-backoff]@#delegate{{reopened from the handler registered by self.socket.delegate = self}}
  // expect-note[websocket-missing-backoff]@#delay{{the delay: dispatch_after(}}
}

- (void)reconnectLater {
  dispatch_after(dispatch_time(DISPATCH_TIME_NOW, 2 * NSEC_PER_SEC), dispatch_get_main_queue(), ^{ // #delay
    [self start];
  });
}

- (void)webSocket:(SRWebSocket *)webSocket didFailWithError:(NSError *)error {
  [self reconnectLater];
}

- (void)webSocket:(SRWebSocket *)webSocket didCloseWithCode:(NSInteger)code reason:(NSString *)reason wasClean:(BOOL)wasClean {
  [self reconnectLater];
}

@end

int main(void) {
  ChatClient *client = [ChatClient new];
  [client start];
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
