// A stream whose ping timer is also its watchdog: every 5 s the slot pings a connected
// socket and reopens one that dropped. The timer is started in start(), not where it is
// connected, so no delay names the slot; the period is still a fixed wait before each
// reopen.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Feed : public QObject {
public:
  Feed() { connect(&timer_, &QTimer::timeout, this, &Feed::tick); }
  // expect-note[websocket-missing-backoff]@-1{{reopened from code a repeating timer runs}}
  void start() {
    open();
    timer_.start(5000);
  }

private:
  void open() { socket_.open(QUrl(QStringLiteral("wss://feed.example.com/v1"))); }
  // expect-warning[websocket-missing-backoff]@-1{{'Feed::socket_' (Qt WebSockets) to wss://feed.example.com/v1 reconnects after a fixed delay}}
  void tick() {
    if (socket_.state() == QAbstractSocket::ConnectedState)
      socket_.ping();
    else if (socket_.state() == QAbstractSocket::UnconnectedState)
      open();
  }
  QWebSocket socket_;
  QTimer timer_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Feed feed;
  feed.start();
  return app.exec();
}
