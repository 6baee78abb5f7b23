// A session keeps its socket private and hands it out through a getter defined in
// session.cpp; the code that opens and configures it lives in other files and reaches it
// through the getter, a reference alias, a pointer alias and a range-for over a pool.
#pragma once
#include "beast.h"

#include <vector>

class Session {
public:
  explicit Session(net::io_context &ioc);
  plain_socket &socket();
  void start();

private:
  plain_socket ws_;
  beast::flat_buffer buffer_;
};

struct Conn {
  std::unique_ptr<plain_socket> stream;
};

void configure(Session &s);
void openBackup(Conn &c);
