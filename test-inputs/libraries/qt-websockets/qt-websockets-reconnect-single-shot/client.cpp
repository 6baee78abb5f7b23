// Qt 5: reopen two seconds after every disconnect: a fixed delay.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Reconnecting : public QObject {
public:
  Reconnecting() {
    connect(&socket_, &QWebSocket::disconnected, this, &Reconnecting::scheduleReconnect); // #handler
    open();
  }

private:
  void open() {
    socket_.open(QUrl(QStringLiteral("wss://live.example.com/")));
    // expect-warning[websocket-missing-backoff]@-1{{'Reconnecting::socket_' (Qt WebSockets) to wss://live.example.com/ reconnects after a fixed delay}}
    // expect-note[websocket-missing-backoff]@#handler{{reopened from the handler registered by connect(…)}}
    // expect-note[websocket-missing-backoff]@#delay{{the delay: QTimer::singleShot(2000, this, &Reconnecting::open)}}
  }
  void scheduleReconnect() { QTimer::singleShot(2000, this, &Reconnecting::open); } // #delay
  QWebSocket socket_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Reconnecting r;
  return app.exec();
}
