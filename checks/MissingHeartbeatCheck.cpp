// SPDX-License-Identifier: Apache-2.0
#include "MissingHeartbeatCheck.h"
#include "CheckUtil.h"

#include "llvm/Support/FormatVariadic.h"

namespace wslint {

/// "400 s", "2.5 s", "500 ms".
static std::string formatSeconds(double S) {
  if (S < 1)
    return llvm::formatv("{0} ms", static_cast<long>(S * 1000 + 0.5)).str();
  if (S == static_cast<long>(S))
    return llvm::formatv("{0} s", static_cast<long>(S)).str();
  return llvm::formatv("{0:F1} s", S).str();
}

void MissingHeartbeatCheck::run(const Graph &, const Client &C,
                                std::vector<Finding> &Out) const {
  for (const Socket &S : C.Sockets) {
    // Closed by its own message handler at the first message: nothing is left open for a
    // heartbeat to keep alive (test-inputs/heartbeat/heartbeat-one-exchange).
    if (!S.OneExchange.empty())
      continue;
    if (S.Heartbeat && S.HeartbeatInterval > IdleWindow) {
      // A heartbeat, but slower than the idle window: the connection can sit silent long
      // enough for a NAT or proxy to drop it between two pings
      // (test-inputs/heartbeat/heartbeat-interval).
      Finding F;
      F.Check = "websocket-missing-heartbeat";
      identify(F, C, S.Holder.Name);
      F.Loc = S.Loc;
      F.Message = "WebSocket " + describeSocket(S) + " sends its heartbeat every " +
                  formatSeconds(S.HeartbeatInterval) + ", slower than the " +
                  formatSeconds(IdleWindow) +
                  " idle window NAT, proxy and load-balancer timeouts commonly allow; it can "
                  "be dropped between two heartbeats";
      if (S.HeartbeatLoc.valid())
        F.Notes.push_back({S.HeartbeatLoc, "the heartbeat: " + S.HeartbeatEvidence});
      // The code already sends one: the library's recipe for adding a heartbeat is not
      // what is missing, its period is (tests/unit/ChecksTest.cpp,
      // MissingHeartbeat.SlowHeartbeatIsToldToSpeedUp).
      fixInsteadOfLibrary(F, "heartbeat",
                          "keep this heartbeat and send it at least every " +
                              formatSeconds(IdleWindow / 2) +
                              ", so that two of them fit in the idle window");
      F.Citation = rows::LimitsNatProxy;
      aboutSocket(F, S);
      Out.push_back(std::move(F));
      continue;
    }
    if (S.Heartbeat)
      continue;
    Finding F;
    F.Check = "websocket-missing-heartbeat";
    identify(F, C, S.Holder.Name);
    F.Loc = S.Loc;
    F.Message = "WebSocket " + describeSocket(S) +
                " has no heartbeat; NAT, proxy and load-balancer idle timeouts will drop it "
                "without either side noticing";
    if (S.HeartbeatLoc.valid())
      F.Notes.push_back({S.HeartbeatLoc, S.HeartbeatEvidence});
    F.Citation = rows::LimitsNatProxy;
    aboutSocket(F, S);
    Out.push_back(std::move(F));
  }
}

} // namespace wslint
