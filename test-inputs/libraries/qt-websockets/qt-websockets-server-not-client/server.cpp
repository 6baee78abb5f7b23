// QWebSocketServer hands out QWebSockets the user never opens: no client socket.
// REQUIRES: qt5-websockets
// expect-no-findings
#include <QtCore/QCoreApplication>
#include <QtWebSockets/QWebSocket>
#include <QtWebSockets/QWebSocketServer>

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  QWebSocketServer server(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
  server.listen(QHostAddress::Any, 1234);
  QObject::connect(&server, &QWebSocketServer::newConnection, [&server] {
    QWebSocket *peer = server.nextPendingConnection();
    QObject::connect(peer, &QWebSocket::textMessageReceived, peer,
                     [peer](const QString &m) { peer->sendTextMessage(m); });
  });
  return app.exec();
}
