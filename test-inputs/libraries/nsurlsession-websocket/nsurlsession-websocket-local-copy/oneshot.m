// The look-alike: a local declared first and given a task of its own, made there, is that
// task's socket. Nothing pings it.
#import <Foundation/Foundation.h>

int main(void) {
  NSURLSessionWebSocketTask *task = nil;
  task = [[NSURLSession sharedSession] webSocketTaskWithURL:[NSURL URLWithString:@"wss://once.example.com/ws"]];
  [task resume]; // #resume
  // expect-warning[websocket-missing-heartbeat]@#resume{{WebSocket 'main::task' (NSURLSessionWebSocketTask) to wss://once.example.com/ws has no heartbeat}}
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
