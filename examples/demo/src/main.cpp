// SPDX-License-Identifier: Apache-2.0
#include "desk.h"

int main() {
  net::io_context ioc;
  ssl::context tls{ssl::context::tlsv12_client};
  Desk desk(ioc, tls);
  desk.open();
  ioc.run();
}
