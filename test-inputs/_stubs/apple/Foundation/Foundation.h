// SPDX-License-Identifier: Apache-2.0
// Declaration-only stand-in for the parts of Apple's Foundation that wslint's scenarios use
// (Debian has no Apple SDK): the same class names, selectors and argument types as the SDK,
// nothing else. NSURLSessionWebSocketTask and its session are declared as in iOS 13+.
#pragma once

#include <stdbool.h>
#include <dispatch/dispatch.h>

typedef signed char BOOL;
#define YES ((BOOL)1)
#define NO ((BOOL)0)
typedef long NSInteger;
typedef unsigned long NSUInteger;
typedef double NSTimeInterval;
#ifdef __cplusplus
#define nil nullptr
#else
#define nil ((void *)0)
#endif

@class NSString, NSError, NSData, NSURL, NSURLRequest, NSTimer, NSRunLoop, NSArray;

@protocol NSObject
- (instancetype)self;
@end

__attribute__((objc_root_class))
@interface NSObject <NSObject>
+ (instancetype)alloc;
+ (instancetype)new;
+ (Class)class;
- (instancetype)init;
- (id)copy;
- (void)performSelector:(SEL)aSelector withObject:(id)anArgument afterDelay:(NSTimeInterval)delay;
- (id)performSelector:(SEL)aSelector;
+ (void)cancelPreviousPerformRequestsWithTarget:(id)aTarget;
@end

@interface NSString : NSObject
+ (instancetype)stringWithFormat:(NSString *)format, ...;
- (BOOL)isEqualToString:(NSString *)aString;
@end

@interface NSData : NSObject
+ (instancetype)data;
@end

@interface NSError : NSObject
@property (readonly) NSInteger code;
@end

@interface NSArray<ObjectType> : NSObject
@property (readonly) NSUInteger count;
- (ObjectType)objectAtIndex:(NSUInteger)index;
- (ObjectType)objectAtIndexedSubscript:(NSUInteger)idx;
@end

@interface NSMutableArray<ObjectType> : NSArray<ObjectType>
- (void)addObject:(ObjectType)anObject;
@end

@interface NSURL : NSObject
+ (instancetype)URLWithString:(NSString *)URLString;
@end

@interface NSURLRequest : NSObject
+ (instancetype)requestWithURL:(NSURL *)URL;
@end

@interface NSTimer : NSObject
+ (NSTimer *)scheduledTimerWithTimeInterval:(NSTimeInterval)ti target:(id)aTarget selector:(SEL)aSelector userInfo:(id)userInfo repeats:(BOOL)yesOrNo;
+ (NSTimer *)scheduledTimerWithTimeInterval:(NSTimeInterval)interval repeats:(BOOL)repeats block:(void (^)(NSTimer *timer))block;
+ (NSTimer *)timerWithTimeInterval:(NSTimeInterval)ti target:(id)aTarget selector:(SEL)aSelector userInfo:(id)userInfo repeats:(BOOL)yesOrNo;
+ (NSTimer *)timerWithTimeInterval:(NSTimeInterval)interval repeats:(BOOL)repeats block:(void (^)(NSTimer *timer))block;
- (void)invalidate;
@end

@interface NSRunLoop : NSObject
+ (NSRunLoop *)mainRunLoop;
- (void)addTimer:(NSTimer *)timer forMode:(NSString *)mode;
- (void)run;
@end

extern NSString *const NSRunLoopCommonModes;

// --- NSURLSession and its WebSocket task (iOS 13, macOS 10.15) ---------------------------

typedef NSInteger NSURLSessionWebSocketCloseCode;
enum {
  NSURLSessionWebSocketCloseCodeInvalid = 0,
  NSURLSessionWebSocketCloseCodeNormalClosure = 1000,
  NSURLSessionWebSocketCloseCodeGoingAway = 1001,
};
typedef NSInteger NSURLSessionWebSocketMessageType;
enum {
  NSURLSessionWebSocketMessageTypeData = 0,
  NSURLSessionWebSocketMessageTypeString = 1,
};

@class NSURLSession, NSOperationQueue;

@interface NSURLSessionConfiguration : NSObject
@property (class, readonly, strong) NSURLSessionConfiguration *defaultSessionConfiguration;
@end

@interface NSURLSessionTask : NSObject
- (void)resume;
- (void)suspend;
- (void)cancel;
@end

@interface NSURLSessionDataTask : NSURLSessionTask
@end

@interface NSURLSessionWebSocketMessage : NSObject
- (instancetype)initWithData:(NSData *)data;
- (instancetype)initWithString:(NSString *)string;
@property (readonly) NSURLSessionWebSocketMessageType type;
@property (readonly) NSData *data;
@property (readonly) NSString *string;
@end

@interface NSURLSessionWebSocketTask : NSURLSessionTask
- (void)sendMessage:(NSURLSessionWebSocketMessage *)message completionHandler:(void (^)(NSError *error))completionHandler;
- (void)receiveMessageWithCompletionHandler:(void (^)(NSURLSessionWebSocketMessage *message, NSError *error))completionHandler;
- (void)sendPingWithPongReceiveHandler:(void (^)(NSError *error))pongReceiveHandler;
- (void)cancelWithCloseCode:(NSURLSessionWebSocketCloseCode)closeCode reason:(NSData *)reason;
@end

@protocol NSURLSessionDelegate <NSObject>
@end
@protocol NSURLSessionTaskDelegate <NSURLSessionDelegate>
@optional
- (void)URLSession:(NSURLSession *)session task:(NSURLSessionTask *)task didCompleteWithError:(NSError *)error;
@end
@protocol NSURLSessionWebSocketDelegate <NSURLSessionTaskDelegate>
@optional
- (void)URLSession:(NSURLSession *)session webSocketTask:(NSURLSessionWebSocketTask *)webSocketTask didOpenWithProtocol:(NSString *)protocol;
- (void)URLSession:(NSURLSession *)session webSocketTask:(NSURLSessionWebSocketTask *)webSocketTask didCloseWithCode:(NSURLSessionWebSocketCloseCode)closeCode reason:(NSData *)reason;
@end

@interface NSURLSession : NSObject
@property (class, readonly, strong) NSURLSession *sharedSession;
+ (NSURLSession *)sessionWithConfiguration:(NSURLSessionConfiguration *)configuration;
+ (NSURLSession *)sessionWithConfiguration:(NSURLSessionConfiguration *)configuration delegate:(id<NSURLSessionDelegate>)delegate delegateQueue:(NSOperationQueue *)queue;
- (NSURLSessionWebSocketTask *)webSocketTaskWithURL:(NSURL *)url;
- (NSURLSessionWebSocketTask *)webSocketTaskWithURL:(NSURL *)url protocols:(NSArray<NSString *> *)protocols;
- (NSURLSessionWebSocketTask *)webSocketTaskWithRequest:(NSURLRequest *)request;
- (NSURLSessionDataTask *)dataTaskWithURL:(NSURL *)url completionHandler:(void (^)(NSData *data, id response, NSError *error))completionHandler;
- (void)invalidateAndCancel;
@end

// --- stdlib.h's random numbers, as the SDK declares them -----------------------------------
#ifdef __cplusplus
extern "C" {
#endif
unsigned int arc4random(void);
unsigned int arc4random_uniform(unsigned int upper_bound);
double pow(double x, double y);
#ifdef __cplusplus
}
#endif
#define MIN(a, b) ((a) < (b) ? (a) : (b))
