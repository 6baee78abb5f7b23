// The same ticker written with QObject's member connect(sender, SIGNAL(…), SLOT(…)), which
// leaves out the receiver (it is the object itself): the timer's timeout() pings every 20 s,
// disconnected() reopens at once, textMessageReceived() is the message handler.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Ticker : public QObject {
  Q_OBJECT
public:
  Ticker() {
    connect(&pingTimer_, SIGNAL(timeout()), SLOT(sendPing()));
    connect(&socket_, SIGNAL(disconnected()), SLOT(reopen())); // #member-reopen
    // expect-note[websocket-missing-backoff]@#member-reopen{{reopened from the handler registered by connect(…)}}
    connect(&socket_, SIGNAL(textMessageReceived(QString)), SLOT(onText(QString)));
    pingTimer_.start(20000);
    socket_.open(QUrl(QStringLiteral("wss://ticks.example.com/stream"))); // #member-open
    // expect-warning[websocket-missing-backoff]@#member-open{{'Ticker::socket_' (Qt WebSockets) to wss://ticks.example.com/stream reconnects with no delay}}
  }

private slots:
  void sendPing() { socket_.ping(); }
  void reopen() { socket_.open(QUrl(QStringLiteral("wss://ticks.example.com/stream"))); }
  void onText(const QString &text) { last_ = text; }

private:
  QWebSocket socket_;
  QTimer pingTimer_;
  QString last_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Ticker t;
  return app.exec();
}
