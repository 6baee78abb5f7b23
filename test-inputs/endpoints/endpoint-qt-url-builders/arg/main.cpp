// URLs written with QString::arg: a host and a port put into a format, and a token put
// into the query of another. Each value replaces the lowest-numbered marker left.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Feed : public QObject {
public:
  Feed(const QString &token, int port) {
    connect(&timer_, &QTimer::timeout, this, [this] {
      quotes_.ping();
      orders_.ping();
    });
    timer_.start(20000);
    quotes_.open(QUrl(QStringLiteral("ws://%1:%2/v2").arg(QStringLiteral("quotes.example.com")).arg(port)));
    // expect-warning[websocket-insecure-endpoint]@-1{{'Feed::quotes_' connects to ws://quotes.example.com:…/v2 without TLS}}
    orders_.open(QUrl(QStringLiteral("wss://%2/orders?token=%1").arg(token, QStringLiteral("orders.example.com"))));
    // expect-warning[websocket-insecure-endpoint]@-1{{'Feed::orders_' puts a credential ('token') in the endpoint's query string}}
  }

private:
  // websocket-boundary(trust): orders carry the account's credentials; quotes are public
  QWebSocket quotes_;
  // websocket-boundary(trust): orders carry the account's credentials; quotes are public
  QWebSocket orders_;
  QTimer timer_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Feed f(QString::fromLocal8Bit(argv[1]), 443);
  return app.exec();
}
