// A news app whose every tab is a ScreenViewController, and every ScreenViewController opens
// its own SocketRocket socket for its topic: one connection per screen.
#import <UIKit/UIKit.h>

@interface ScreenViewController : UIViewController
- (instancetype)initWithTopic:(NSString *)topic;
@end
