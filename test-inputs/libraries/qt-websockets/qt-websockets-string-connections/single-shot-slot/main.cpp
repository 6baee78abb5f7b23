// A reopen delayed by QTimer::singleShot with a slot named in a string: the disconnected()
// slot waits 3 s and reopens, every time. The wait is read from the call; it does not grow.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Feed : public QObject {
  Q_OBJECT
public:
  Feed() {
    connect(&socket_, SIGNAL(disconnected()), this, SLOT(later())); // #later-connect
    // expect-note[websocket-missing-backoff]@#later-connect{{reopened from the handler registered by connect(…)}}
    reopen();
  }

private slots:
  void later() {
    QTimer::singleShot(3000, this, SLOT(reopen())); // #later
    // expect-note[websocket-missing-backoff]@#later{{the delay: QTimer::singleShot(3000, this, SLOT(reopen()))}}
  }
  void reopen() {
    socket_.open(QUrl(QStringLiteral("wss://feed.example.com/later"))); // #later-open
    // expect-warning[websocket-missing-backoff]@#later-open{{'Feed::socket_' (Qt WebSockets) to wss://feed.example.com/later reconnects after a fixed delay}}
    // expect-warning[websocket-missing-heartbeat]@#later-open{{'Feed::socket_' (Qt WebSockets) to wss://feed.example.com/later has no heartbeat}}
  }

private:
  QWebSocket socket_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Feed f;
  return app.exec();
}
