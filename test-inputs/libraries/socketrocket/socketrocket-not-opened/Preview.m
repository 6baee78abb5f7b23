// Nothing here opens a WebSocket: an SRWebSocket is made for a settings preview but never
// opened (SocketRocket connects at -open, not at init), and -open is sent to a document,
// not a socket.
// expect-no-findings
#import <SocketRocket/SocketRocket.h>

@interface Document : NSObject
- (void)open;
@end

@implementation Document
- (void)open {
}
@end

@interface Preview : NSObject
@property (nonatomic, strong) SRWebSocket *draft;
@property (nonatomic, strong) Document *document;
@end

@implementation Preview
- (void)show {
  self.draft = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:@"wss://preview.example.com"]];
  self.document = [Document new];
  [self.document open];
}
@end

int main(void) {
  [[Preview new] show];
  return 0;
}
