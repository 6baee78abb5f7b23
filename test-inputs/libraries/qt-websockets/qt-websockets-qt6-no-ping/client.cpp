// Qt 6: Qt sets OS TCP keep-alive, which is not a WebSocket heartbeat; this client never
// pings. The URL is a named constant.
// REQUIRES: qt6-websockets
#include <QtCore/QCoreApplication>
#include <QtWebSockets/QWebSocket>

static const char kUrl[] = "wss://quotes.example.com/v1";

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  QWebSocket socket;
  QObject::connect(&socket, &QWebSocket::disconnected, &app, &QCoreApplication::quit);
  socket.open(QUrl(QString::fromLatin1(kUrl)));
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::socket' (Qt WebSockets) has no heartbeat}}
  return app.exec();
}
