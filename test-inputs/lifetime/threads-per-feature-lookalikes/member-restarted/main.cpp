// Look-alike: one connection kept in a member; the thread that dials it is started in two
// places (start, and restart after stopping the first). Both threads use the same member:
// one connection at a time, however many places start the thread.
// REQUIRES: cpprest
// expect-no-findings
#include <cpprest/ws_client.h>

#include <chrono>
#include <thread>

using namespace web::websockets::client;

class Feed {
public:
  void start() { worker_ = std::thread(&Feed::run, this); }
  void restart() {
    ws_.close().wait();
    worker_.join();
    worker_ = std::thread(&Feed::run, this);
  }
  void wait() { worker_.join(); }

private:
  void run() {
    ws_.connect(U("wss://md.example.com/ws")).wait();
    for (;;)
      ws_.receive().get();
  }
  websocket_client ws_;
  std::thread worker_;
};

int main() {
  Feed f;
  f.start();
  std::this_thread::sleep_for(std::chrono::hours(1));
  f.restart();
  f.wait();
}
