// cpprestsdk: the close handler reconnects at once. A client object that is never
// connected, and code the preprocessor removes, open nothing.
// REQUIRES: cpprest
#include <cpprest/ws_client.h>

using namespace web::websockets::client;

class Stream {
public:
  void start() {
    client_.set_close_handler( // #handler
        [this](websocket_close_status, const utility::string_t &, const std::error_code &) {
          connect();
        });
    connect();
  }

private:
  void connect() {
    client_.connect(U("wss://stream.example.com/")).wait();
    // expect-warning[websocket-missing-backoff]@-1{{'Stream::client_' (cpprestsdk) to wss://stream.example.com/ reconnects with no delay}}
    // expect-note[websocket-missing-backoff]@#handler{{reopened from the handler registered by client_.set_close_handler(…)}}
  }
  websocket_callback_client client_;
};

int main() {
  Stream s;
  s.start();
  websocket_client unused;
  (void)unused;
#if 0
  websocket_client legacy;
  legacy.connect(U("wss://legacy.example.com/")).wait();
#endif
}
