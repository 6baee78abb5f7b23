// Look-alike: the timer that opens the socket is single-shot, a first connect put off by
// 2 s, run once. A second, repeating timer pings. Nothing reopens the socket.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Feed : public QObject {
public:
  Feed() {
    later_.setSingleShot(true);
    connect(&later_, &QTimer::timeout, this, &Feed::open);
    connect(&ping_, &QTimer::timeout, this, &Feed::ping);
  }
  void start() {
    later_.start(2000);
    ping_.start(20000);
  }

private:
  void open() { socket_.open(QUrl(QStringLiteral("wss://feed.example.com/v1"))); }
  void ping() { socket_.ping(); }
  QWebSocket socket_;
  QTimer later_, ping_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Feed feed;
  feed.start();
  return app.exec();
}
