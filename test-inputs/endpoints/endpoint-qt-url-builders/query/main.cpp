// A QUrl given its query by a QUrlQuery: an access token among the items is a credential
// in the endpoint's query string, whatever its value. The look-alike socket's URL has its
// path changed as well: what the code leaves of it is not read.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtCore/QUrlQuery>
#include <QtWebSockets/QWebSocket>

class Feed : public QObject {
public:
  explicit Feed(const QString &token) {
    connect(&timer_, &QTimer::timeout, this, [this] {
      orders_.ping();
      quotes_.ping();
    });
    timer_.start(20000);
    QUrl url(QStringLiteral("wss://orders.example.com/v2"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    query.addQueryItem(QStringLiteral("access_token"), token);
    url.setQuery(query);
    orders_.open(url);
    // expect-warning[websocket-insecure-endpoint]@-1{{'Feed::orders_' puts a credential ('access_token') in the endpoint's query string}}
    QUrl other(QStringLiteral("ws://quotes.example.com/v2"));
    other.setPath(token);
    quotes_.open(other);
  }

private:
  // websocket-boundary(trust): orders carry the account's credentials; quotes are public
  QWebSocket orders_;
  // websocket-boundary(trust): orders carry the account's credentials; quotes are public
  QWebSocket quotes_;
  QTimer timer_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Feed f(QString::fromLocal8Bit(argv[1]));
  return app.exec();
}
