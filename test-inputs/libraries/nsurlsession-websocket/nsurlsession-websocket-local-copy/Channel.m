// A task kept in an instance variable and resumed through a local copy taken under a lock,
// pinged from a repeating timer through the instance variable: the local is another name
// for the instance variable, one socket with a heartbeat. The look-alike in oneshot.m
// declares its local first too, but gives it a task of its own.
#import <Foundation/Foundation.h>

@interface Channel : NSObject
@end

@implementation Channel {
  NSURLSession *_session;
  NSURLSessionWebSocketTask *_task;
}

- (void)open {
  NSURLSessionWebSocketTask *task;
  @synchronized(self) {
    _session = [NSURLSession sharedSession];
    _task = [_session webSocketTaskWithURL:[NSURL URLWithString:@"wss://channel.example.com/ws"]];
    task = _task;
  }
  [task resume];
  [NSTimer scheduledTimerWithTimeInterval:30 repeats:YES block:^(NSTimer *timer) {
    [self->_task sendPingWithPongReceiveHandler:^(NSError *error) {
    }];
  }];
}

@end

int main(void) {
  [[Channel new] open];
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
