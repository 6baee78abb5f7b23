// A Qt feed reopens two seconds after every disconnect: a fixed delay. Its destructor
// unhooks that handler and closes the socket: teardown, not a way back (the object that
// would reopen is going away), so it is no reconnect path of its own. The Feed is a member
// of App, constructed by App's implicit constructor, which is what registers the handler:
// before, that constructor was not followed, the delay on the handler's path was missed
// and the reconnect read "no delay".
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Feed : public QObject {
public:
  Feed() {
    connect(&socket_, &QWebSocket::disconnected, this, &Feed::scheduleReconnect); // #handler
  }
  ~Feed() {
    disconnect(&socket_, &QWebSocket::disconnected, this, &Feed::scheduleReconnect);
    socket_.close();
  }
  void open() { socket_.open(QUrl(QStringLiteral("wss://live.example.com/"))); }
  // expect-warning[websocket-missing-backoff]@-1{{'Feed::socket_' (Qt WebSockets) to wss://live.example.com/ reconnects after a fixed delay}}
  // expect-note[websocket-missing-backoff]@#handler{{reopened from the handler registered by connect(…)}}
  // expect-note[websocket-missing-backoff]@#delay{{the delay: QTimer::singleShot(2000, this, &Feed::open)}}
  // expect-warning[websocket-missing-heartbeat]@-4{{'Feed::socket_' (Qt WebSockets) to wss://live.example.com/ has no heartbeat}}

private:
  void scheduleReconnect() { QTimer::singleShot(2000, this, &Feed::open); } // #delay
  QWebSocket socket_;
};

class App {
public:
  void start() { feed_.open(); }

private:
  Feed feed_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  App a;
  a.start();
  return app.exec();
}
