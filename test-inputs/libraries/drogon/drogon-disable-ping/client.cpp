// Drogon pings by itself, but this client switches the ping off on the live connection the
// connect callback hands it: the socket has no heartbeat. The callback's client is the one
// connectToServer was called on.
#include <drogon/WebSocketClient.h>

class Chat {
public:
  void start() {
    client_ = drogon::WebSocketClient::newWebSocketClient("wss://chat.example.com"); // #open
    // expect-warning[websocket-missing-heartbeat]@#open{{'Chat::client_' (Drogon) to wss://chat.example.com has no heartbeat}}
    // expect-warning[websocket-missing-backoff]@#open{{reconnects after a fixed delay}}
    // expect-note[websocket-missing-backoff]@#open{{library default: Drogon's WebSocketClient reconnects by itself after a fixed 1 s}}
    auto req = drogon::HttpRequest::newHttpRequest();
    req->setPath("/ws");
    client_->connectToServer(req, [](drogon::ReqResult result, const drogon::HttpResponsePtr &,
                                     const drogon::WebSocketClientPtr &ws) {
      if (result == drogon::ReqResult::Ok)
        ws->getConnection()->disablePing(); // #off
      // expect-note[websocket-missing-heartbeat]@#off{{ws->getConnection()->disablePing() switches the library's heartbeat off}}
    });
  }

private:
  drogon::WebSocketClientPtr client_;
};

int main() {
  Chat chat;
  chat.start();
}
