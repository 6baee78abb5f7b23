// The look-alike: a container filled in a loop that provably runs once is one socket.
// REQUIRES: boost-beast
// expect-no-findings
#include "beast.h"

#include <vector>

int main() {
  net::io_context ioc;
  std::vector<plain_socket> pool;
  for (int i = 0; i < 1; ++i) {
    pool.emplace_back(ioc);
    pool.back().handshake("localhost", "/only");
  }
}
