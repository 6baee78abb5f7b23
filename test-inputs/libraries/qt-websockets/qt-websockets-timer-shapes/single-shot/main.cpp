// Look-alike: the timer is made single-shot, so the ping goes out once, 15 s after start.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Quotes : public QObject {
public:
  Quotes() {
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &Quotes::probe);
    timer_.start(15000);
    socket_.open(QUrl(QStringLiteral("wss://quotes.example.com/v1")));
    // expect-warning[websocket-missing-heartbeat]@-1{{'Quotes::socket_' (Qt WebSockets) to wss://quotes.example.com/v1 has no heartbeat}}
  }

private:
  void probe() { socket_.ping(); }
  QWebSocket socket_;
  QTimer timer_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Quotes q;
  return app.exec();
}
