#import <UIKit/UIKit.h>
#import "ScreenViewController.h"

@interface AppDelegate : UIResponder <UIApplicationDelegate>
@property (nonatomic, strong) UITabBarController *tabs;
@end

@implementation AppDelegate

- (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(id)options {
  NSArray<NSString *> *topics = [self topics];
  NSMutableArray<UIViewController *> *screens = [NSMutableArray new];
  for (NSUInteger i = 0; i < topics.count; ++i) {
    ScreenViewController *screen = [[ScreenViewController alloc] initWithTopic:topics[i]]; // #make
    [screens addObject:screen];
  }
  self.tabs = [UITabBarController new];
  self.tabs.viewControllers = screens;
  return YES;
}

- (NSArray<NSString *> *)topics {
  return nil;
}

@end

int main(int argc, char *argv[]) {
  return UIApplicationMain(argc, argv, nil, NSStringFromClass([AppDelegate class]));
}
