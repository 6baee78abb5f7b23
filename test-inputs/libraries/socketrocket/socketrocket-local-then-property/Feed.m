// A socket made in a local, kept in a property, and opened through the local; pinged later
// through the property from a repeating timer. The local and the property are one socket
// with a heartbeat: nothing to report. The look-alike in board.m makes a socket in each round
// of a loop and keeps the last one in a property: still one socket per item.
#import <SocketRocket/SocketRocket.h>

@interface Feed : NSObject
@property (nonatomic, strong) SRWebSocket *socket;
@end

@implementation Feed

- (void)connect {
  SRWebSocket *ws = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:@"wss://feed.example.com/v1"]];
  self.socket = ws;
  [ws open];
  [NSTimer scheduledTimerWithTimeInterval:20 target:self selector:@selector(ping) userInfo:nil repeats:YES];
}

- (void)ping {
  [self.socket sendPing:[NSData data] error:nil];
}

@end

int main(void) {
  [[Feed new] connect];
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
