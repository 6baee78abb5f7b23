// A library with no main (an app links it): its socket reconnects from the delegate's
// callbacks after a fixed delay. With no entry point the library is one client in which
// every method runs, so the way back from the callbacks is followed. The delegate is handed
// over through a cast, `(id)self`.
#import <SocketRocket/SocketRocket.h>

@interface LiveReload : NSObject <SRWebSocketDelegate>
- (void)start;
@end

@implementation LiveReload {
  SRWebSocket *_socket;
  BOOL _stopped;
}

- (void)start {
  _socket = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:@"wss://reload.example.com/live"]];
  [_socket setDelegate:(id)self]; // #delegate
  [_socket open]; // #open
  // expect-warning[websocket-missing-backoff]@#open{{WebSocket 'LiveReload::_socket' (SocketRocket) to wss://reload.example.com/live reconnects after a fixed delay}}
  // expect-note[websocket-missing-backoff]@#delegate{{reopened from the handler registered by [_socket setDelegate:…]}}
  // expect-note[websocket-missing-backoff]@#delay{{the delay: dispatch_after(}}
  // expect-warning[websocket-missing-heartbeat]@#open{{WebSocket 'LiveReload::_socket' (SocketRocket) to wss://reload.example.com/live has no heartbeat}}
}

- (void)reconnect {
  if (_stopped)
    return;
  dispatch_after(dispatch_time(DISPATCH_TIME_NOW, 2 * NSEC_PER_SEC), dispatch_get_main_queue(), ^{ // #delay
    [self start];
  });
}

- (void)webSocket:(SRWebSocket *)webSocket didFailWithError:(NSError *)error {
  [self reconnect];
}

@end
