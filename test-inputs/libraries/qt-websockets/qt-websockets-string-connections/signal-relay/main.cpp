// Look-alike: the timer's timeout is relayed to another signal (SIGNAL() in the slot's
// place), which nothing here connects. No slot runs on the timer, so no heartbeat.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Ticker : public QObject {
  Q_OBJECT
public:
  Ticker() {
    connect(&pingTimer_, SIGNAL(timeout()), this, SIGNAL(sendPing()));
    pingTimer_.start(20000);
    socket_.open(QUrl(QStringLiteral("wss://ticks.example.com/relay"))); // #relay-open
    // expect-warning[websocket-missing-heartbeat]@#relay-open{{'Ticker::socket_' (Qt WebSockets) to wss://ticks.example.com/relay has no heartbeat}}
  }
  void ping() { socket_.ping(); }

signals:
  void sendPing();

private:
  QWebSocket socket_;
  QTimer pingTimer_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Ticker t;
  return app.exec();
}
