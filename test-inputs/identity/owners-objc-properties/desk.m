// An iOS desk app: one wrapper class, Link, used by two features that each make their own
// and keep it, Chat in a property and Prices in an instance variable. Each feature's object
// holds its own connection, and what one does through its link is that connection's only:
// Chat starts the link's keep-alive timer, Prices sends one subscription and never again,
// so its link has no heartbeat (before, the two were one socket counted twice, and Chat's
// timer counted for both).
// The look-alike: News and Weather both keep the shared Hub (`[Hub shared]`, made once),
// which they did not make: one Hub, one socket, not split between them.
#import <SocketRocket/SocketRocket.h>

@interface Link : NSObject
- (void)openURL:(NSString *)url;
- (void)send:(NSString *)text;
- (void)keepAlive;
@end

@implementation Link {
  SRWebSocket *_socket;
}
- (void)openURL:(NSString *)url {
  _socket = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:url]];
  [_socket open]; // #open
  // expect-warning[websocket-missing-heartbeat]@#open{{WebSocket 'Prices::_link → Link::_socket' (SocketRocket) has no heartbeat}}
}
- (void)send:(NSString *)text {
  [_socket sendString:text error:nil];
}
- (void)beat:(NSTimer *)timer {
  [self send:@"{\"type\":\"ping\"}"];
}
- (void)keepAlive {
  [NSTimer scheduledTimerWithTimeInterval:20
                                   target:self
                                 selector:@selector(beat:)
                                 userInfo:nil
                                  repeats:YES];
}
@end

@interface Chat : NSObject
@property(nonatomic, strong) Link *link;
- (void)start;
@end

@implementation Chat
- (void)start {
  self.link = [[Link alloc] init];
  [self.link openURL:@"wss://desk.example.com/chat"];
  [self.link keepAlive];
}
@end

@interface Prices : NSObject
- (void)start;
@end

@implementation Prices {
  Link *_link;
}
- (void)start {
  _link = [Link new];
  [_link openURL:@"wss://desk.example.com/prices"];
  [_link send:@"{\"subscribe\":\"EURUSD\"}"];
}
@end

@interface Hub : NSObject
+ (Hub *)shared;
- (void)openURL:(NSString *)url;
@end

@implementation Hub {
  SRWebSocket *_socket;
}
+ (Hub *)shared {
  static Hub *hub;
  if (!hub)
    hub = [Hub new];
  return hub;
}
- (void)openURL:(NSString *)url {
  _socket = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:url]];
  [_socket open];
  [NSTimer scheduledTimerWithTimeInterval:20
                                   target:self
                                 selector:@selector(beat:)
                                 userInfo:nil
                                  repeats:YES];
}
- (void)beat:(NSTimer *)timer {
  [_socket sendPing:[NSData data] error:nil];
}
@end

@interface News : NSObject
@property(nonatomic, strong) Hub *hub;
- (void)start;
@end

@implementation News
- (void)start {
  self.hub = [Hub shared];
  [self.hub openURL:@"wss://hub.example.com/"];
}
@end

@interface Weather : NSObject
@property(nonatomic, strong) Hub *hub;
- (void)start;
@end

@implementation Weather
- (void)start {
  self.hub = [Hub shared];
  [self.hub openURL:@"wss://hub.example.com/"];
}
@end

int main(void) {
  [[Chat new] start];
  [[Prices new] start];
  [[News new] start];
  [[Weather new] start];
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
