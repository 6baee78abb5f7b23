#include "common.h"

// The host is written one way or another depending on its form: which text the URL holds
// there is only known at run time.
int main(int argc, char **argv) {
  std::string host = argc > 1 ? argv[1] : "";
  std::ostringstream out;
  out << "ws://";
  if (host.find(':') != std::string::npos)
    out << "[" << host << "]";
  else
    out << "quotes.example.com";
  out << "/feed";
  ix::WebSocket ws;
  quiet(ws);
  ws.setUrl(out.str());
  ws.start();
}
