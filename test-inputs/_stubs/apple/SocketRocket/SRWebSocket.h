// SPDX-License-Identifier: Apache-2.0
// Declaration-only stand-in for SocketRocket's SRWebSocket.h (no Debian package): the class,
// its initialisers, open/close, sends, pings and the delegate protocol, with the selectors of
// SocketRocket 0.6/0.7 and the older sendPing:/send: of 0.5.
#pragma once

#import <Foundation/Foundation.h>

typedef enum SRReadyState : NSInteger {
  SR_CONNECTING = 0,
  SR_OPEN = 1,
  SR_CLOSING = 2,
  SR_CLOSED = 3,
} SRReadyState;

typedef enum SRStatusCode : NSInteger {
  SRStatusCodeNormal = 1000,
  SRStatusCodeGoingAway = 1001,
} SRStatusCode;

@protocol SRWebSocketDelegate;

@interface SRWebSocket : NSObject
@property (nonatomic, weak) id<SRWebSocketDelegate> delegate;
@property (atomic, assign, readonly) SRReadyState readyState;
@property (nonatomic, strong, readonly) NSURL *url;
@property (nonatomic, strong) dispatch_queue_t delegateDispatchQueue;

- (instancetype)initWithURLRequest:(NSURLRequest *)request;
- (instancetype)initWithURLRequest:(NSURLRequest *)request protocols:(NSArray<NSString *> *)protocols;
- (instancetype)initWithURLRequest:(NSURLRequest *)request protocols:(NSArray<NSString *> *)protocols allowsUntrustedSSLCertificates:(BOOL)allowsUntrustedSSLCertificates;
- (instancetype)initWithURL:(NSURL *)url;
- (instancetype)initWithURL:(NSURL *)url protocols:(NSArray<NSString *> *)protocols;
- (instancetype)initWithURL:(NSURL *)url protocols:(NSArray<NSString *> *)protocols allowsUntrustedSSLCertificates:(BOOL)allowsUntrustedSSLCertificates;

- (void)open;
- (void)close;
- (void)closeWithCode:(NSInteger)code reason:(NSString *)reason;

- (BOOL)sendString:(NSString *)string error:(NSError **)error;
- (BOOL)sendData:(NSData *)data error:(NSError **)error;
- (BOOL)sendPing:(NSData *)data error:(NSError **)error;
- (void)send:(id)message;
- (void)sendPing:(NSData *)data;
@end

@protocol SRWebSocketDelegate <NSObject>
@optional
- (void)webSocketDidOpen:(SRWebSocket *)webSocket;
- (void)webSocket:(SRWebSocket *)webSocket didReceiveMessage:(id)message;
- (void)webSocket:(SRWebSocket *)webSocket didReceiveMessageWithString:(NSString *)string;
- (void)webSocket:(SRWebSocket *)webSocket didFailWithError:(NSError *)error;
- (void)webSocket:(SRWebSocket *)webSocket didCloseWithCode:(NSInteger)code reason:(NSString *)reason wasClean:(BOOL)wasClean;
- (void)webSocket:(SRWebSocket *)webSocket didReceivePong:(NSData *)pongData;
@end
