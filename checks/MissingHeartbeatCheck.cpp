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
    F.Client = C.Name;
    F.Loc = S.Loc;
    F.Message = "WebSocket " + describeSocket(S) +
                " has no heartbeat; NAT, proxy and load-balancer idle timeouts will drop it "
                "without either side noticing";
    if (S.HeartbeatLoc.valid())
      F.Notes.push_back({S.HeartbeatLoc, S.HeartbeatEvidence});
    F.Citation = rows::LimitsNatProxy;
    F.Key = F.Check + "|" + C.Name + "|" + S.Holder.Name;
    Out.push_back(std::move(F));
  }
}

} // namespace wslint
