// The wait named by a constexpr duration (`kEvery`, 25 s) rather than written in place.
// REQUIRES: poco
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/WebSocket.h>

#include <chrono>
#include <thread>

using Poco::Net::WebSocket;
using namespace std::chrono_literals;

constexpr auto kEvery = 25s;

int main() {
  Poco::Net::HTTPSClientSession cs("telemetry.example.com", 443);
  Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, "/in", "HTTP/1.1");
  Poco::Net::HTTPResponse res;
  WebSocket ws(cs, req, res);
  for (;;) {
    ws.sendFrame("{}", 2, WebSocket::FRAME_TEXT);
    std::this_thread::sleep_for(kEvery);
  }
}
