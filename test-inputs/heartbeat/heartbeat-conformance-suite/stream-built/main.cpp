// The same testee with its case URLs written to a string stream, each case run by an
// object of its own that keeps the URL it was made with.
// REQUIRES: websocketpp
#include <websocketpp/client.hpp>
#include <websocketpp/config/asio_no_tls_client.hpp>

#include <sstream>
#include <string>

using client = websocketpp::client<websocketpp::config::asio_client>;

class TestCase {
public:
  explicit TestCase(const std::string &url) : url_(url) {}
  void run() {
    c_.init_asio();
    websocketpp::lib::error_code ec;
    c_.connect(c_.get_connection(url_, ec));
    c_.run();
  }

private:
  std::string url_;
  client c_;
};

int main(int argc, char **argv) {
  std::string server = argc > 1 ? argv[1] : "ws://localhost:9001";
  for (int i = 1; i <= 500; ++i) {
    std::stringstream ss;
    ss << server << "/runCase?case=" << i << "&agent=stream-built";
    std::string url(ss.str());
    TestCase one(url);
    one.run();
  }
}
