#import "ScreenViewController.h"
#import <SocketRocket/SocketRocket.h>

@interface ScreenViewController () <SRWebSocketDelegate>
@property (nonatomic, copy) NSString *topic;
@property (nonatomic, strong) SRWebSocket *socket;
@property (nonatomic, strong) NSTimer *pingTimer;
@end

@implementation ScreenViewController

- (instancetype)initWithTopic:(NSString *)topic {
  if ((self = [super init]))
    _topic = [topic copy];
  return self;
}

- (void)viewDidLoad {
  [super viewDidLoad];
  NSString *url = [NSString stringWithFormat:@"wss://news.example.com/topics/%@", self.topic];
  self.socket = [[SRWebSocket alloc] initWithURL:[NSURL URLWithString:url]];
  self.socket.delegate = self;
  [self.socket open]; // #open
  // expect-warning[websocket-connection-fanout]@#open{{client 'AppDelegate' opens a WebSocket 'ScreenViewController::socket' (SocketRocket) to wss://news.example.com/topics/… per item: connections grow with the data}}
  // expect-note[websocket-connection-fanout]@#make{{one ScreenViewController (and so one socket) per item, created here and kept}}
  self.pingTimer = [NSTimer scheduledTimerWithTimeInterval:25
                                                    target:self
                                                  selector:@selector(ping)
                                                  userInfo:nil
                                                   repeats:YES];
}

- (void)ping {
  [self.socket sendPing:[NSData data] error:nil];
}

@end
