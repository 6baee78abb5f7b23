// follows-fix: heartbeat (sendPing:error: from a repeating NSTimer)
// follows-fix: backoff (a new SRWebSocket after dispatch_after with a capped, doubling, jittered delay; attempt reset on open)
#import "SocketManager.h"
#import <SocketRocket/SocketRocket.h>

@interface SocketManager () <SRWebSocketDelegate>
@end

@implementation SocketManager {
  SRWebSocket *_socket;
  NSTimer *_pingTimer;
  NSUInteger _attempt;
}

+ (instancetype)shared {
  static SocketManager *shared;
  static dispatch_once_t once;
  dispatch_once(&once, ^{
    shared = [[SocketManager alloc] init];
    [shared connect];
  });
  return shared;
}

- (void)connect {
  _socket = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:@"wss://news.example.com/v2"]];
  _socket.delegate = self;
  [_socket open];
}

- (void)webSocketDidOpen:(SRWebSocket *)webSocket {
  _attempt = 0;
  _pingTimer = [NSTimer scheduledTimerWithTimeInterval:25 repeats:YES block:^(NSTimer *timer) {
    [self->_socket sendPing:[NSData data] error:nil];
  }];
}

- (void)webSocket:(SRWebSocket *)webSocket didCloseWithCode:(NSInteger)code reason:(NSString *)reason wasClean:(BOOL)wasClean {
  [_pingTimer invalidate];
  double delay = MIN(60.0, 0.5 * pow(2, _attempt++));
  delay += arc4random_uniform(1000) / 1000.0 * delay;
  dispatch_after(dispatch_time(DISPATCH_TIME_NOW, (long long)(delay * NSEC_PER_SEC)),
                 dispatch_get_main_queue(), ^{
                   [self connect];
                 });
}

- (void)subscribe:(NSString *)topic {
  [_socket sendString:topic error:nil];
}

@end
