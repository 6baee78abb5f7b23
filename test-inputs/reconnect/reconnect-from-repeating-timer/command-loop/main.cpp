// Look-alike: a loop that waits a second each round opens the log link when a command asks
// for it. The call is made again and again, but under a condition that is not the socket's
// own state: an opening on demand, not a reconnect. A repeating timer pings the link.
// REQUIRES: qt5-websockets
#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

#include <chrono>
#include <thread>

bool wantLog();
bool running();

class LogLink : public QObject {
public:
  LogLink() {
    connect(&ping_, &QTimer::timeout, this, [this] { socket_.ping(); });
    ping_.start(20000);
  }
  void open() { socket_.open(QUrl(QStringLiteral("wss://log.example.com/"))); }

private:
  QWebSocket socket_;
  QTimer ping_;
};

int main(int argc, char **argv) {
  QCoreApplication app(argc, argv);
  LogLink link;
  while (running()) {
    if (wantLog())
      link.open();
    QCoreApplication::processEvents();
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
}
