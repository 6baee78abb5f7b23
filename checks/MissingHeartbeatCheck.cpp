// SPDX-License-Identifier: Apache-2.0
#include "MissingHeartbeatCheck.h"
#include "CheckUtil.h"

namespace wslint {

void MissingHeartbeatCheck::run(const Graph &, const Client &C,
                                std::vector<Finding> &Out) const {
  for (const Socket &S : C.Sockets) {
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
