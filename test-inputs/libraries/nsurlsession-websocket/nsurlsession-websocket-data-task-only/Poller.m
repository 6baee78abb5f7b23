// Nothing here opens a WebSocket: -resume starts an HTTP data task, and the WebSocket task
// made for later is never resumed (a task is created suspended).
// expect-no-findings
#import <Foundation/Foundation.h>

@interface Poller : NSObject
@property (nonatomic, strong) NSURLSessionWebSocketTask *later;
@end

@implementation Poller
- (void)poll {
  NSURLSession *session = [NSURLSession sharedSession];
  NSURLSessionDataTask *task =
      [session dataTaskWithURL:[NSURL URLWithString:@"https://api.example.com/poll"]
             completionHandler:^(NSData *data, id response, NSError *error) {
             }];
  [task resume];
  self.later = [session webSocketTaskWithURL:[NSURL URLWithString:@"wss://api.example.com/ws"]];
}
@end

int main(void) {
  [[Poller new] poll];
  return 0;
}
