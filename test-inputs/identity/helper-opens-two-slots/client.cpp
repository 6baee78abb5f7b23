// One helper opens whatever socket it is given; called with two members it opens two
// sockets. A reconnect that reopens the same member is still one socket.
// REQUIRES: boost-beast
#include "beast.h"

class Client {
public:
  explicit Client(net::io_context &ioc) : control_(ioc), bulk_(ioc) {}
  void start() {
    open(control_, "/control"); // #control
    open(bulk_, "/bulk"); // #bulk
    // expect-warning[websocket-undocumented-boundary]@-1{{WebSocket connection 2 of 2 in client 'helper-opens-two-slots' ('Client::bulk_') states no boundary}}
    // The path reaches the helper as a parameter: the host is known, the path is not.
    // expect-note[websocket-undocumented-boundary]@#control{{connection 1 of 2: 'Client::control_' (Boost.Beast) to ws://localhost/…}}
    // expect-note[websocket-undocumented-boundary]@#bulk{{connection 2 of 2: 'Client::bulk_' (Boost.Beast) to ws://localhost/…}}
    // The read handler the helper registers on whatever socket it is given reopens control_
    // at once; bulk_ it never reopens.
    // expect-warning[websocket-missing-backoff]@#control{{WebSocket 'Client::control_' (Boost.Beast) to ws://localhost/… reconnects with no delay}}
    // expect-note[websocket-missing-backoff]@#read{{reopened from the handler registered by ws.async_read(…)}}
  }
  void onControlClosed() { open(control_, "/control"); }

private:
  void open(plain_socket &ws, const char *path) {
    ws.set_option(pinging_timeout());
    ws.handshake("localhost", path);
    ws.async_read(buffer_, [this](beast::error_code ec, std::size_t) { // #read
      if (ec)
        onControlClosed();
    });
  }
  plain_socket control_;
  plain_socket bulk_;
  beast::flat_buffer buffer_;
};

int main() {
  net::io_context ioc;
  Client c(ioc);
  c.start();
  ioc.run();
}
