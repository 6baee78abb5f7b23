// Look-alike: the only way to the opening is restart(), which closes the socket first. A
// way through teardown is still shown when there is no other.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtWebSockets/QWebSocket>

class Feed : public QObject {
public:
  void restart() {
    socket_.close();
    reopen();
  }

private:
  void reopen() {
    socket_.open(QUrl(QStringLiteral("wss://feed.example.com/restart"))); // #restart-open
    // expect-warning[websocket-missing-heartbeat]@#restart-open{{'Feed::socket_' (Qt WebSockets) to wss://feed.example.com/restart has no heartbeat}}
  }
  QWebSocket socket_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Feed feed;
  feed.restart();
  return app.exec();
}
