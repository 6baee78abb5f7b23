// SPDX-License-Identifier: Apache-2.0
// Declaration-only stand-in for the parts of UIKit wslint's scenarios use (Debian has no
// Apple SDK): the application object, its delegate, view controllers and navigation.
#pragma once

#import <Foundation/Foundation.h>

@class UIApplication, UIViewController;

@protocol UIApplicationDelegate <NSObject>
@optional
- (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(id)launchOptions;
- (void)applicationDidEnterBackground:(UIApplication *)application;
@end

@interface UIResponder : NSObject
@end

@interface UIViewController : UIResponder
- (void)viewDidLoad;
- (void)viewWillAppear:(BOOL)animated;
- (void)viewDidDisappear:(BOOL)animated;
@property (nonatomic, copy) NSString *title;
@end

@interface UINavigationController : UIViewController
- (instancetype)initWithRootViewController:(UIViewController *)rootViewController;
- (void)pushViewController:(UIViewController *)viewController animated:(BOOL)animated;
@end

@interface UITabBarController : UIViewController
@property (nonatomic, copy) NSArray<UIViewController *> *viewControllers;
@end

#ifdef __cplusplus
extern "C"
#endif
int UIApplicationMain(int argc, char *argv[], NSString *principalClassName, NSString *delegateClassName);
NSString *NSStringFromClass(Class aClass);
