// A library with no entry point is one client named after the project (.wslint.yaml's
// project), so its two sockets are counted together.
// REQUIRES: boost-beast
// expect-no-findings
#include "beast.h"

class MarketSdk {
public:
  explicit MarketSdk(net::io_context &ioc) : public_(ioc), private_(ioc) {}
  void connect() {
    public_.handshake("localhost", "/public");
    // websocket-boundary(trust): account events need the user's token; the public feed is anonymous.
    private_.handshake("localhost", "/private");
  }

private:
  plain_socket public_;
  plain_socket private_;
};
