#import <UIKit/UIKit.h>
#import "SocketManager.h"

@interface ScreenViewController : UIViewController
- (instancetype)initWithTopic:(NSString *)topic;
@property (nonatomic, copy) NSString *topic;
@end

@implementation ScreenViewController

- (instancetype)initWithTopic:(NSString *)topic {
  if ((self = [super init]))
    _topic = [topic copy];
  return self;
}

- (void)viewDidLoad {
  [super viewDidLoad];
  [[SocketManager shared] subscribe:self.topic];
}

@end

@interface AppDelegate : UIResponder <UIApplicationDelegate>
@property (nonatomic, strong) UITabBarController *tabs;
@end

@implementation AppDelegate

- (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(id)options {
  NSMutableArray<UIViewController *> *screens = [NSMutableArray new];
  for (NSUInteger i = 0; i < 3; ++i)
    [screens addObject:[[ScreenViewController alloc] initWithTopic:@"topic"]];
  self.tabs = [UITabBarController new];
  self.tabs.viewControllers = screens;
  return YES;
}

@end

int main(int argc, char *argv[]) {
  return UIApplicationMain(argc, argv, nil, NSStringFromClass([AppDelegate class]));
}
