// SPDX-License-Identifier: Apache-2.0
#include "ConnectionBudgetCheck.h"
#include "CheckUtil.h"

namespace wslint {

void ConnectionBudgetCheck::run(const Graph &, const Client &C,
                                std::vector<Finding> &Out) const {
  // Sockets no entry point reaches need not live at the same time
  // (test-inputs/whole-program/unreached-helpers-not-counted).
  if (C.Unreached || !C.Limits.Ceiling)
    return;
  auto Sockets = countedSockets(C);
  unsigned Ceiling = *C.Limits.Ceiling;
  if (Sockets.size() <= Ceiling)
    return;
  Finding F;
  F.Check = "websocket-connection-budget";
  identify(F, C, "");
  F.Loc = Sockets[Ceiling]->Loc; // the socket that crosses the ceiling
  F.Message = "client '" + C.Name + "' holds " + std::to_string(Sockets.size()) +
              " WebSocket connections; a " + clientKindName(C.Kind) +
              " client's ceiling is " + std::to_string(Ceiling);
  F.Notes = socketNotes(C, Sockets);
  F.Citation = rowForClient(C);
  for (const Socket *S : Sockets)
    addPath(F, *S);
  Out.push_back(std::move(F));
}

} // namespace wslint
