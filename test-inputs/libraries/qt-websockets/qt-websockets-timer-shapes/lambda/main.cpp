// The fix hint followed with a lambda: a repeating QTimer whose timeout pings.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Quotes : public QObject {
public:
  Quotes() {
    QObject::connect(&keepAlive_, &QTimer::timeout, [this] { socket_.ping("hb"); });
    keepAlive_.start(15000);
    socket_.open(QUrl(QStringLiteral("wss://quotes.example.com/v1")));
  }

private:
  QWebSocket socket_;
  QTimer keepAlive_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Quotes q;
  return app.exec();
}
