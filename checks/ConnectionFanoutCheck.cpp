// SPDX-License-Identifier: Apache-2.0
#include "ConnectionFanoutCheck.h"
#include "CheckUtil.h"

namespace wslint {

void ConnectionFanoutCheck::run(const Graph &, const Client &C,
                                std::vector<Finding> &Out) const {
  for (const Socket &S : C.Sockets) {
    // A boundary stated for the fan-out (gateway-assigned shards, one plane per tenant)
    // justifies it (test-inputs/fanout/fanout-justified-shards).
    if (!S.Unbounded || (S.Annotation && S.Annotation->valid()))
      continue;
    Finding F;
    F.Check = "websocket-connection-fanout";
    identify(F, C, S.Holder.Name);
    F.Loc = S.Loc;
    F.Message = S.PerRequest
                    ? "client '" + C.Name + "' opens a WebSocket " + describeSocket(S) +
                          " per request: connections grow with the load; keep one "
                          "connection and carry every request over it"
                    : "client '" + C.Name + "' opens a WebSocket " + describeSocket(S) +
                          " per item: connections grow with the data; share one connection "
                          "and subscribe each item on its own channel";
    if (S.UnboundedLoc.valid() && !(S.UnboundedLoc == S.Loc))
      F.Notes.push_back({S.UnboundedLoc, S.UnboundedEvidence});
    // One per request exhausts the process's descriptors and memory, not a page's sockets.
    F.Citation = S.PerRequest ? rows::LimitsAppServer : rows::MicroFrontendWidgets;
    aboutSocket(F, S);
    Out.push_back(std::move(F));
  }
}

} // namespace wslint
