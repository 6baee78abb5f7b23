// follows-fix: heartbeat (ping() from a repeating QTimer)
// Qt 5: a QTimer drives ping(): a hand-written heartbeat, connected as a slot.
// REQUIRES: qt5-websockets
// expect-no-findings
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Ticker : public QObject {
public:
  Ticker() {
    connect(&pingTimer_, &QTimer::timeout, this, &Ticker::sendPing);
    pingTimer_.start(20000);
    socket_.open(QUrl(QStringLiteral("wss://ticks.example.com/stream")));
  }

private:
  void sendPing() { socket_.ping(); }
  QWebSocket socket_;
  QTimer pingTimer_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Ticker t;
  return app.exec();
}
