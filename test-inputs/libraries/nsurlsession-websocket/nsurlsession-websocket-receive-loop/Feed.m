// follows-fix: heartbeat (sendPingWithPongReceiveHandler: from a repeating timer)
// follows-fix: backoff (a new task after dispatch_after with a capped, doubling, jittered delay)
// A feed over NSURLSessionWebSocketTask done right: a receive loop whose completion handler
// reconnects on error after an exponential, jittered delay, and a ping from a repeating
// block timer. Nothing to report.
// expect-no-findings
#import <Foundation/Foundation.h>

@interface Feed : NSObject
@property (nonatomic, strong) NSURLSession *session;
@property (nonatomic, strong) NSURLSessionWebSocketTask *task;
@property (nonatomic, strong) NSTimer *pinger;
@property (nonatomic) NSUInteger attempt;
@end

@implementation Feed

- (void)connect {
  NSURL *url = [NSURL URLWithString:@"wss://feed.example.com/v3"];
  self.task = [self.session webSocketTaskWithURL:url];
  [self.task resume];
  [self listen];
  self.pinger = [NSTimer scheduledTimerWithTimeInterval:30 repeats:YES block:^(NSTimer *timer) {
    [self.task sendPingWithPongReceiveHandler:^(NSError *error) {
    }];
  }];
}

- (void)listen {
  [self.task receiveMessageWithCompletionHandler:^(NSURLSessionWebSocketMessage *message, NSError *error) {
    if (error) {
      [self.pinger invalidate];
      [self reconnectLater];
      return;
    }
    self.attempt = 0;
    [self listen];
  }];
}

- (void)reconnectLater {
  double base = 0.5 * (1 << MIN(self.attempt, 6u));
  self.attempt = self.attempt + 1;
  double delay = base + arc4random_uniform(1000) / 1000.0 * base;
  dispatch_after(dispatch_time(DISPATCH_TIME_NOW, (long long)(delay * NSEC_PER_SEC)),
                 dispatch_get_main_queue(), ^{
                   [self connect];
                 });
}

@end

int main(void) {
  Feed *feed = [Feed new];
  feed.session = [NSURLSession sharedSession];
  [feed connect];
  [[NSRunLoop mainRunLoop] run];
  return 0;
}
