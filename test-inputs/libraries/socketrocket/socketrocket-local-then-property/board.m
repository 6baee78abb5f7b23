// The look-alike: a socket per symbol, made in a local in each round of a loop; the
// property keeps only the last one, the array keeps them all. One socket per item.
#import <SocketRocket/SocketRocket.h>

@interface Board : NSObject
@property (nonatomic, strong) SRWebSocket *last;
@property (nonatomic, strong) NSMutableArray<SRWebSocket *> *all;
@end

@implementation Board

- (void)watch:(NSArray<NSString *> *)symbols {
  for (NSUInteger i = 0; i < symbols.count; ++i) {
    NSString *url = [NSString stringWithFormat:@"wss://quotes.example.com/%@", symbols[i]];
    SRWebSocket *ws = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:url]];
    self.last = ws;
    [self.all addObject:ws];
    [ws open]; // #open
    // expect-warning[websocket-connection-fanout]@#open{{client 'board' opens a WebSocket '-[Board watch:]::ws' (SocketRocket) to wss://quotes.example.com/… per item}}
    // expect-warning[websocket-missing-heartbeat]@#open{{WebSocket '-[Board watch:]::ws' (SocketRocket) to wss://quotes.example.com/… has no heartbeat}}
  }
}

@end

int main(void) {
  [[Board new] watch:nil];
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
