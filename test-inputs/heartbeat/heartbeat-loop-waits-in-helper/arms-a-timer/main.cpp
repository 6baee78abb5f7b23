// Look-alike: the helper arms a timer and returns at once; the loop does not wait, so its
// sends are no heartbeat.
#include "../feed.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>

boost::asio::io_context io;
boost::asio::steady_timer tick(io);

void pace() { tick.expires_after(std::chrono::seconds(1)); }

int main() {
  Feed f;
  f.run("ws://telemetry.example.com/");
}
