// Look-alike: the same 5 s timer only pings. Nothing reopens the socket, so there is no
// reconnect to judge.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Feed : public QObject {
public:
  Feed() { connect(&timer_, &QTimer::timeout, this, &Feed::tick); }
  void start() {
    socket_.open(QUrl(QStringLiteral("wss://feed.example.com/v1")));
    timer_.start(5000);
  }

private:
  void tick() {
    if (socket_.state() == QAbstractSocket::ConnectedState)
      socket_.ping();
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
