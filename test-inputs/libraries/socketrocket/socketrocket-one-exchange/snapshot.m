// One exchange: the delegate closes the socket on every message it receives, so the
// socket lives for one request and its reply and needs no heartbeat.
#import <SocketRocket/SocketRocket.h>

@interface Snapshot : NSObject <SRWebSocketDelegate>
@end

@implementation Snapshot {
  SRWebSocket *_socket;
}

- (void)fetch {
  _socket = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:@"wss://book.example.com/snapshot"]];
  _socket.delegate = self;
  [_socket open];
}

- (void)webSocketDidOpen:(SRWebSocket *)webSocket {
  [webSocket sendString:@"{\"get\":\"book\"}" error:nil];
}

- (void)webSocket:(SRWebSocket *)webSocket didReceiveMessage:(id)message {
  [webSocket closeWithCode:1000 reason:@"done"];
}

@end

int main(void) {
  [[Snapshot new] fetch];
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
