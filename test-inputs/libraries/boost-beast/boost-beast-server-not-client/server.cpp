// A server accepts on the same stream type, and even configures pings: no client socket.
// REQUIRES: boost-beast
// expect-no-findings
#include "beast.h"

void session(net::ip::tcp::socket sock) {
  plain_socket ws(std::move(sock));
  ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
  ws.accept();
  beast::flat_buffer buffer;
  for (;;) {
    ws.read(buffer);
    ws.write(buffer.data());
  }
}

int main() {
  net::io_context ioc;
  net::ip::tcp::acceptor acceptor(ioc, {net::ip::tcp::v4(), 8080});
  for (;;)
    session(acceptor.accept());
}
