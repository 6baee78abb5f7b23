// Qt 5's QStringLiteral (a lambda holding a UTF-16 literal) inside a QUrl: the endpoint.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Feed : public QObject {
public:
  Feed() {
    connect(&timer_, &QTimer::timeout, this, [this] { socket_.ping(); });
    timer_.start(20000);
    socket_.open(QUrl(QStringLiteral("wss://quotes.example.com/v2")));
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
