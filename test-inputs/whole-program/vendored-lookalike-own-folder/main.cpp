// A look-alike of a vendored copy (vendored-websocketpp-copy): net/websocketpp/ is the
// project's own wrapper folder. Its socket is found and its timer ping is the heartbeat.
// REQUIRES: websocketpp
// expect-no-findings
#include "net/websocketpp/client.hpp"

int main() {
  Telemetry t;
  t.run();
}
