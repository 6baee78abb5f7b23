// follows-fix: backoff (from the disconnected() slot, reopen with QTimer::singleShot after a capped, doubling delay plus QRandomGenerator's share)
// follows-fix: heartbeat (ping() from a repeating QTimer; a missing pong closes the socket)
// REQUIRES: qt5-websockets
// expect-no-findings
#include <QtCore/QCoreApplication>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

#include <algorithm>

class Live : public QObject {
public:
  Live() {
    connect(&socket_, &QWebSocket::connected, this, [this] {
      attempt_ = 0;
      awaitingPong_ = false;
    });
    connect(&socket_, &QWebSocket::disconnected, this, &Live::scheduleReconnect);
    connect(&socket_, &QWebSocket::pong, this, [this] { awaitingPong_ = false; });
    connect(&heartbeat_, &QTimer::timeout, this, &Live::beat);
    heartbeat_.start(20000);
    open();
  }

private:
  void open() { socket_.open(QUrl(QStringLiteral("wss://live.example.com/"))); }
  void beat() {
    if (awaitingPong_) {
      socket_.abort();
      return;
    }
    awaitingPong_ = true;
    socket_.ping();
  }
  void scheduleReconnect() {
    int delay = std::min(30000, 250 << std::min(attempt_++, 7));
    delay += QRandomGenerator::global()->bounded(delay);
    QTimer::singleShot(delay, this, &Live::open);
  }
  QWebSocket socket_;
  QTimer heartbeat_;
  int attempt_ = 0;
  bool awaitingPong_ = false;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Live l;
  return app.exec();
}
