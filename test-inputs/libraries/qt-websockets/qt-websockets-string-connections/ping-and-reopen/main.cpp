// Qt's string-based connections (SIGNAL()/SLOT(), as older Qt code writes them): a timer
// pings every 20 s through the sendPing() slot, and the disconnected() signal reopens the
// socket at once from the reopen() slot. The ping is a heartbeat; the reopen has no delay.
// (The binary before read neither: it reported no heartbeat, twice, and took the slots for
// a second client.)
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Ticker : public QObject {
  Q_OBJECT
public:
  Ticker() {
    connect(&pingTimer_, SIGNAL(timeout()), this, SLOT(sendPing()));
    connect(&socket_, SIGNAL(disconnected()), this, SLOT(reopen())); // #reopen-connect
    // expect-note[websocket-missing-backoff]@#reopen-connect{{reopened from the handler registered by connect(…)}}
    pingTimer_.start(20000);
    socket_.open(QUrl(QStringLiteral("wss://ticks.example.com/stream"))); // #open
    // expect-warning[websocket-missing-backoff]@#open{{'Ticker::socket_' (Qt WebSockets) to wss://ticks.example.com/stream reconnects with no delay}}
  }

private slots:
  void sendPing() { socket_.ping(); }
  void reopen() { socket_.open(QUrl(QStringLiteral("wss://ticks.example.com/stream"))); }

private:
  QWebSocket socket_;
  QTimer pingTimer_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Ticker t;
  return app.exec();
}
