// The feed's disconnected() handler reopens the socket, and start() opens it through two
// more calls. The shortest way from main to the opening runs through the handler, which
// would tell the reader the socket is opened by its disconnect; the way shown is the one
// through start(), though it is longer (the binary before showed the handler's).
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtWebSockets/QWebSocket>

class Feed : public QObject {
public:
  Feed() { connect(&socket_, &QWebSocket::disconnected, this, &Feed::onDropped); }
  void start() { prepare(); }

private:
  void onDropped() { reopen(); }
  void prepare() { connectNow(); }
  void connectNow() { reopen(); }
  void reopen() {
    socket_.open(QUrl(QStringLiteral("wss://feed.example.com/shorter"))); // #shorter-open
    // expect-warning[websocket-missing-heartbeat]@#shorter-open{{'Feed::socket_' (Qt WebSockets) to wss://feed.example.com/shorter has no heartbeat}}
  }
  QWebSocket socket_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Feed feed;
  feed.start();
  return app.exec();
}
