// Look-alike: one ping when the socket connects (to measure the round trip), never again.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtWebSockets/QWebSocket>

class Quotes : public QObject {
public:
  Quotes() {
    connect(&socket_, &QWebSocket::connected, this, &Quotes::onConnected);
    socket_.open(QUrl(QStringLiteral("wss://quotes.example.com/v1")));
    // expect-warning[websocket-missing-heartbeat]@-1{{'Quotes::socket_' (Qt WebSockets) to wss://quotes.example.com/v1 has no heartbeat}}
  }

private:
  void onConnected() { socket_.ping("rtt"); }
  QWebSocket socket_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Quotes q;
  return app.exec();
}
