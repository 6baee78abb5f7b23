// Qt: a one-off request. The slot connected to textMessageReceived always calls finish(),
// which closes the socket: one message in, and the connection is gone.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtWebSockets/QWebSocket>

class Snapshot : public QObject {
public:
  Snapshot() {
    connect(&socket_, &QWebSocket::connected, this,
            [this] { socket_.sendTextMessage(QStringLiteral("snapshot")); });
    connect(&socket_, &QWebSocket::textMessageReceived, this, &Snapshot::onReply);
    socket_.open(QUrl(QStringLiteral("wss://api.example.com/snapshot")));
  }

private:
  void onReply(const QString &) { finish(); }
  void finish() { socket_.close(); }
  QWebSocket socket_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Snapshot s;
  return app.exec();
}
