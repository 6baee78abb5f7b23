// A QWebSocket subclass reopens from its own disconnected handler, at once. Its open() sets
// a watchdog timer's interval after opening, but that timer is armed after the reopen, not
// waited for before it (as SecuritiesTrackerBot's AutoReconnectedWebSocket does): no delay.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Reconnecting : public QWebSocket {
public:
  Reconnecting() {
    connect(this, &QWebSocket::disconnected, this, &Reconnecting::reopen);
    // expect-note[websocket-missing-backoff]@-1{{reopened from the handler registered by connect(…)}}
    connect(&watchdog_, &QTimer::timeout, this, &Reconnecting::check);
  }
  void openAt(const QUrl &url) {
    url_ = url;
    QWebSocket::open(url_);
    // expect-warning[websocket-missing-backoff]@-1{{'Reconnecting (this)' (Qt WebSockets) reconnects with no delay}}
    // expect-warning[websocket-missing-heartbeat]@-2{{'Reconnecting (this)' (Qt WebSockets) has no heartbeat}}
    watchdog_.setInterval(10000);
    watchdog_.start();
  }

private:
  void reopen() { openAt(url_); }
  void check() {
    if (state() == QAbstractSocket::ConnectedState)
      watchdog_.stop();
  }
  QUrl url_;
  QTimer watchdog_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Reconnecting ws;
  ws.openAt(QUrl(QStringLiteral("wss://quotes.example.com/")));
  return app.exec();
}
