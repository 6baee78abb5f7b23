// A QWebSocket subclass that reopens itself the moment it is disconnected (the shape of
// SecuritiesTrackerBot's AutoReconnectedWebSocket), held by two features' members. Its own
// open() on itself reopens whichever socket holds it: two sockets, each reopened at once,
// and no third socket named after the subclass.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtWebSockets/QWebSocket>

class SelfHealingSocket : public QWebSocket {
public:
  SelfHealingSocket() {
    connect(this, &QWebSocket::disconnected, this, &SelfHealingSocket::reopen); // #handler
  }

private:
  void reopen() { open(requestUrl()); }
};

class Ticker {
public:
  void start() { ws_.open(QUrl(QStringLiteral("wss://ticker.example.com/"))); }
  // expect-warning[websocket-missing-backoff]@-1{{'Ticker::ws_' (Qt WebSockets) to wss://ticker.example.com/ reconnects with no delay}}
  // expect-note[websocket-missing-backoff]@#handler{{reopened from the handler registered by connect(…)}}
  // expect-warning[websocket-missing-heartbeat]@-3{{'Ticker::ws_' (Qt WebSockets) to wss://ticker.example.com/ has no heartbeat}}
  // expect-note[websocket-undocumented-boundary]@-4{{connection 1 of 2: 'Ticker::ws_' (Qt WebSockets)}}

private:
  SelfHealingSocket ws_;
};

class Chat {
public:
  void start() { ws_.open(QUrl(QStringLiteral("wss://chat.example.com/"))); }
  // expect-warning[websocket-missing-backoff]@-1{{'Chat::ws_' (Qt WebSockets) to wss://chat.example.com/ reconnects with no delay}}
  // expect-note[websocket-missing-backoff]@#handler{{reopened from the handler registered by connect(…)}}
  // expect-warning[websocket-missing-heartbeat]@-3{{'Chat::ws_' (Qt WebSockets) to wss://chat.example.com/ has no heartbeat}}
  // expect-warning[websocket-undocumented-boundary]@-4{{connection 2 of 2 in client 'feeds' ('Chat::ws_') states no boundary}}
  // expect-note[websocket-undocumented-boundary]@-5{{connection 2 of 2: 'Chat::ws_' (Qt WebSockets)}}

private:
  SelfHealingSocket ws_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Ticker t;
  Chat c;
  t.start();
  c.start();
  return app.exec();
}
