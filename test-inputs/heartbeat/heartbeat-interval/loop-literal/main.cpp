// The same loop written with chrono literals, as real code often is: it waits 20 s
// (`20s`, which libstdc++ spells as a literal operator template) between messages.
// REQUIRES: poco
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/WebSocket.h>

#include <chrono>
#include <thread>

using Poco::Net::WebSocket;
using namespace std::chrono_literals;

int main() {
  Poco::Net::HTTPSClientSession cs("telemetry.example.com", 443);
  Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, "/in", "HTTP/1.1");
  Poco::Net::HTTPResponse res;
  WebSocket ws(cs, req, res);
  for (;;) {
    ws.sendFrame("{}", 2, WebSocket::FRAME_TEXT);
    std::this_thread::sleep_for(20000ms);
  }
}
