// A QNetworkRequest made from a QUrl made from QStringLiteral: plain ws:// to a remote host,
// with an access token in the query.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkRequest>
#include <QtWebSockets/QWebSocket>

class Feed : public QObject {
public:
  Feed() {
    connect(&timer_, &QTimer::timeout, this, [this] { socket_.ping(); });
    timer_.start(20000);
    QNetworkRequest request(QUrl(QStringLiteral("ws://quotes.example.com/v2?access_token=abc")));
    socket_.open(request);
    // expect-warning[websocket-insecure-endpoint]@-1{{'Feed::socket_' connects to ws://quotes.example.com/v2?access_token=abc without TLS}}
    // expect-warning[websocket-insecure-endpoint]@-2{{'Feed::socket_' puts a credential ('access_token') in the endpoint's query string}}
  }

private:
  QWebSocket socket_;
  QTimer timer_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Feed f;
  return app.exec();
}
