// The same loop waiting 20 s (a std::chrono duration) between messages: inside the window.
// REQUIRES: poco
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/WebSocket.h>

#include <chrono>
#include <thread>

using Poco::Net::WebSocket;

int main() {
  Poco::Net::HTTPSClientSession cs("telemetry.example.com", 443);
  Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, "/in", "HTTP/1.1");
  Poco::Net::HTTPResponse res;
  WebSocket ws(cs, req, res);
  for (;;) {
    ws.sendFrame("{}", 2, WebSocket::FRAME_TEXT);
    std::this_thread::sleep_for(std::chrono::seconds(20));
  }
}
