// A look-alike of self-reopening-subclass-held-by-owners: the subclass opens itself, and
// the only slot holding one (main's pointer) never opens it. With no socket of the client
// to join, the subclass's own opening stays a socket, with its findings.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtWebSockets/QWebSocket>

class SelfOpeningSocket : public QWebSocket {
public:
  void start() { open(QUrl(QStringLiteral("wss://feed.example.com/"))); }
  // expect-warning[websocket-missing-heartbeat]@-1{{'SelfOpeningSocket (this)' (Qt WebSockets) to wss://feed.example.com/ has no heartbeat}}
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  auto *s = new SelfOpeningSocket;
  s->start();
  return app.exec();
}
