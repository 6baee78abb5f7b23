// Look-alike: the slot calls finish() only once the last page has come: the connection
// stays open across many messages, and nothing pings it.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtWebSockets/QWebSocket>

class Pages : public QObject {
public:
  Pages() {
    connect(&socket_, &QWebSocket::textMessageReceived, this, &Pages::onPage);
    socket_.open(QUrl(QStringLiteral("wss://api.example.com/pages")));
    // expect-warning[websocket-missing-heartbeat]@-1{{'Pages::socket_' (Qt WebSockets) to wss://api.example.com/pages has no heartbeat}}
  }

private:
  void onPage(const QString &page) {
    if (page.isEmpty())
      finish();
  }
  void finish() { socket_.close(); }
  QWebSocket socket_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Pages p;
  return app.exec();
}
