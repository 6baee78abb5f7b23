// The timer is connected in the constructor and started once the socket is up; it repeats
// (a QTimer is not single-shot unless told).
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

class Quotes : public QObject {
public:
  Quotes() {
    timer_ = new QTimer(this);
    timer_->setInterval(15000);
    connect(timer_, &QTimer::timeout, this, &Quotes::beat);
    connect(&socket_, &QWebSocket::connected, this, &Quotes::onConnected);
    socket_.open(QUrl(QStringLiteral("wss://quotes.example.com/v1")));
  }

private:
  void onConnected() { timer_->start(); }
  void beat() { socket_.ping(); }
  QWebSocket socket_;
  QTimer *timer_ = nullptr;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  Quotes q;
  return app.exec();
}
