// A presence channel on NSURLSessionWebSocketTask that hears of the end through its
// session's delegate and makes a new task at once: no delay at all, no ping, and a plain
// ws:// endpoint. Three findings, each cited.
#import <Foundation/Foundation.h>

@interface Presence : NSObject <NSURLSessionWebSocketDelegate>
- (void)start;
@end

@implementation Presence {
  NSURLSession *_session;
  NSURLSessionWebSocketTask *_task;
}

- (void)start {
  NSURLSessionConfiguration *config = NSURLSessionConfiguration.defaultSessionConfiguration;
  _session = [NSURLSession sessionWithConfiguration:config delegate:self delegateQueue:nil]; // #session
  [self connect];
}

- (void)connect {
  _task = [_session webSocketTaskWithURL:[NSURL URLWithString:@"ws://presence.example.com/ws"]];
  [_task resume]; // #resume
  // expect-warning[websocket-insecure-endpoint]@#resume{{WebSocket 'Presence::_task' connects to ws://presence.example.com/ws without TLS}}
  // expect-warning[websocket-missing-heartbeat]@#resume{{WebSocket 'Presence::_task' (NSURLSessionWebSocketTask) to ws://presence.example.com/ws has no heartbeat}}
  // expect-warning[websocket-missing-backoff]@#resume{{WebSocket 'Presence::_task' (NSURLSessionWebSocketTask) to ws://presence.example.com/ws reconnects with no delay}}
  // expect-note[websocket-missing-backoff]@#session{{reopened from the handler registered by [NSURLSession sessionWithConfiguration:… delegate:… delegateQueue:…]}}
}

- (void)URLSession:(NSURLSession *)session webSocketTask:(NSURLSessionWebSocketTask *)webSocketTask didCloseWithCode:(NSURLSessionWebSocketCloseCode)closeCode reason:(NSData *)reason {
  [self connect];
}

@end

int main(void) {
  [[Presence new] start];
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
