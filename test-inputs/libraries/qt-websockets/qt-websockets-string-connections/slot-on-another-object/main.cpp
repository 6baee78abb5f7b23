// Look-alike: the timer's slot is named on another object, a Log whose sendPing() only
// writes a line. The slot is looked up on the receiver, not by name alone: Ticker's own
// sendPing() is not connected, so the socket has no heartbeat.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QDebug>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Log : public QObject {
  Q_OBJECT
public slots:
  void sendPing() { qDebug() << "still here"; }
};

class Ticker : public QObject {
  Q_OBJECT
public:
  Ticker() {
    connect(&pingTimer_, SIGNAL(timeout()), &log_, SLOT(sendPing()));
    pingTimer_.start(20000);
    socket_.open(QUrl(QStringLiteral("wss://ticks.example.com/other"))); // #other-open
    // expect-warning[websocket-missing-heartbeat]@#other-open{{'Ticker::socket_' (Qt WebSockets) to wss://ticks.example.com/other has no heartbeat}}
  }
  void sendPing() { socket_.ping(); }

private:
  QWebSocket socket_;
  QTimer pingTimer_;
  Log log_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Ticker t;
  return app.exec();
}
