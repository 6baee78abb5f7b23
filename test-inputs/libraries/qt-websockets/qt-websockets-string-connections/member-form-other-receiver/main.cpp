// Look-alike: the member connect() is called on another object, a Relay, so the slot the
// timer runs is the Relay's sendPing(), which only counts ticks; the ticker's own
// sendPing() never runs, and the socket has no heartbeat.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Relay : public QObject {
  Q_OBJECT
public slots:
  void sendPing() { ++ticks_; }

private:
  int ticks_ = 0;
};

class Ticker : public QObject {
  Q_OBJECT
public:
  Ticker() {
    relay_.connect(&pingTimer_, SIGNAL(timeout()), SLOT(sendPing()));
    pingTimer_.start(20000);
    socket_.open(QUrl(QStringLiteral("wss://ticks.example.com/stream"))); // #other-receiver-open
    // expect-warning[websocket-missing-heartbeat]@#other-receiver-open{{'Ticker::socket_' (Qt WebSockets) to wss://ticks.example.com/stream has no heartbeat}}
  }

private slots:
  void sendPing() { socket_.ping(); }

private:
  QWebSocket socket_;
  QTimer pingTimer_;
  Relay relay_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Ticker t;
  return app.exec();
}
