// expect-no-findings
#include <ixwebsocket/IXWebSocket.h>

namespace svc {
class Service {
public:
  void run() {
    ws_.setUrl("wss://events.example.com/");
    ws_.setPingInterval(20);
    ws_.start();
  }

private:
  ix::WebSocket ws_;
};
} // namespace svc
