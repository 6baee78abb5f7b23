// Look-alike: the same subclass, but its open() sleeps two seconds before it opens, so
// every reopen waits first: a fixed delay.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtWebSockets/QWebSocket>

#include <chrono>
#include <thread>

class Reconnecting : public QWebSocket {
public:
  Reconnecting() { connect(this, &QWebSocket::disconnected, this, &Reconnecting::reopen); }
  // expect-note[websocket-missing-backoff]@-1{{reopened from the handler registered by connect(…)}}
  void openAt(const QUrl &url, bool first) {
    url_ = url;
    if (!first)
      std::this_thread::sleep_for(std::chrono::seconds(2));
    // expect-note[websocket-missing-backoff]@-1{{the delay: std::this_thread::sleep_for(std::chrono::seconds(2))}}
    QWebSocket::open(url_);
    // expect-warning[websocket-missing-backoff]@-1{{'Reconnecting (this)' (Qt WebSockets) reconnects after a fixed delay}}
    // expect-warning[websocket-missing-heartbeat]@-2{{'Reconnecting (this)' (Qt WebSockets) has no heartbeat}}
  }

private:
  void reopen() { openAt(url_, false); }
  QUrl url_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Reconnecting ws;
  ws.openAt(QUrl(QStringLiteral("wss://quotes.example.com/")), true);
  return app.exec();
}
