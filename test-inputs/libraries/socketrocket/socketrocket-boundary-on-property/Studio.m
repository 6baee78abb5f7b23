// A macOS studio app: control messages on one SocketRocket socket and recorded audio on a
// second, whose property states the boundary (bulk binary beside small control messages).
// A third socket for a "cleaner" presence feed gives only tidiness as its reason: still
// reported.
#import <SocketRocket/SocketRocket.h>

@interface Studio : NSObject
@property (nonatomic, strong) SRWebSocket *control;
// websocket-boundary(binary-stream): recorded audio must not hold up the control messages.
@property (nonatomic, strong) SRWebSocket *audio;
// websocket-boundary(reliability): it felt cleaner to keep presence apart.
@property (nonatomic, strong) SRWebSocket *presence;
@end

@implementation Studio

- (void)start {
  self.control = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:@"wss://studio.example.com/control"]];
  [self.control open]; // #control
  self.audio = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:@"wss://studio.example.com/audio"]];
  [self.audio open]; // #audio
  self.presence = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:@"wss://studio.example.com/presence"]];
  [self.presence open]; // #presence
  // expect-warning[websocket-connection-budget]@#presence{{client 'Studio' holds 3 WebSocket connections; a desktop client's ceiling is 2}}
  // expect-note[websocket-connection-budget]@#control{{connection 1 of 3: 'Studio::control' (SocketRocket)}}
  // expect-note[websocket-connection-budget]@#audio{{connection 2 of 3: 'Studio::audio' (SocketRocket) to wss://studio.example.com/audio; boundary (binary-stream): recorded audio must not hold up the control messages.}}
  // expect-note[websocket-connection-budget]@#presence{{connection 3 of 3: 'Studio::presence' (SocketRocket)}}
  // expect-warning[websocket-undocumented-boundary]@#presence{{('Studio::presence') has a boundary annotation that is not a boundary: the reason is about code tidiness}}
  // expect-note[websocket-undocumented-boundary]@-18{{the annotation is here}}
  // expect-note[websocket-undocumented-boundary]@#control{{connection 1 of 3: 'Studio::control' (SocketRocket)}}
  // expect-note[websocket-undocumented-boundary]@#audio{{connection 2 of 3: 'Studio::audio' (SocketRocket)}}
  // expect-note[websocket-undocumented-boundary]@#presence{{connection 3 of 3: 'Studio::presence' (SocketRocket)}}
  [NSTimer scheduledTimerWithTimeInterval:15 target:self selector:@selector(ping) userInfo:nil repeats:YES];
}

- (void)ping {
  [self.control sendPing:[NSData data] error:nil];
  [self.audio sendPing:[NSData data] error:nil];
  [self.presence sendPing:[NSData data] error:nil];
}

@end

int main(void) {
  [[Studio new] start];
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
