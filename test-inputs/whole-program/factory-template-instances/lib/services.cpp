#include "lib/services.h"
#include "lib/factory.h"

Stream::Stream(const std::string &url) {
  ws_.setUrl(url);
  ws_.setPingInterval(20);
  ws_.disableAutomaticReconnection();
  ws_.start();
}

Desk::Desk()
    : request_(make<Request>("request", "https://api.example.com")),
      stream_(make<Stream>("stream", "wss://stream.example.com/v1")) {}

Poller::Poller() : request_(make<Request>("request", "https://api.example.com")) {}
