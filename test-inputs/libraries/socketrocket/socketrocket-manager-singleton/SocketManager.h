// The look-alike of socketrocket-screen-per-item: every screen shares one socket through a
// manager singleton and subscribes its topic on it. One connection, a ping on a repeating
// timer, and a reconnect that backs off exponentially with jitter: nothing to report.
// expect-no-findings
#import <Foundation/Foundation.h>

@interface SocketManager : NSObject
+ (instancetype)shared;
- (void)subscribe:(NSString *)topic;
@end
