// A second socket whose stated reason is only about how the code looks is not a boundary.
// REQUIRES: boost-beast
#include "beast.h"

struct Chat {
  explicit Chat(net::io_context &ioc) : messages_(ioc), presence_(ioc) {}
  void open() {
    messages_.set_option(pinging_timeout());
    presence_.set_option(pinging_timeout());
    messages_.async_handshake("localhost", "/messages", [](beast::error_code) {}); // #messages
    presence_.async_handshake("localhost", "/presence", [](beast::error_code) {}); // #presence
    // expect-warning[websocket-undocumented-boundary]@-1{{WebSocket connection 2 of 2 in client 'boundary-tidiness-reason' ('Chat::presence_') has a boundary annotation that is not a boundary: the reason is about code tidiness}}
    // expect-note[websocket-undocumented-boundary]@#messages{{connection 1 of 2: 'Chat::messages_'}}
    // expect-note[websocket-undocumented-boundary]@#presence{{connection 2 of 2: 'Chat::presence_'}}
    messages_.async_read(buffer_, [](beast::error_code, std::size_t) {});
    presence_.async_read(buffer_, [](beast::error_code, std::size_t) {});
  }
  plain_socket messages_;
  // websocket-boundary(reliability): it felt cleaner to keep presence apart.
  plain_socket presence_;
  // expect-note[websocket-undocumented-boundary]@-2{{the annotation is here}}
  beast::flat_buffer buffer_;
};

int main() {
  net::io_context ioc;
  Chat chat(ioc);
  chat.open();
}
