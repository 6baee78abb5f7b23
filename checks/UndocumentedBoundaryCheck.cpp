// SPDX-License-Identifier: Apache-2.0
#include "UndocumentedBoundaryCheck.h"
#include "CheckUtil.h"

#include <algorithm>

namespace wslint {

void UndocumentedBoundaryCheck::run(const Graph &, const Client &C,
                                    std::vector<Finding> &Out) const {
  if (C.Unreached)
    return;
  auto Sockets = countedSockets(C);
  unsigned Preferred = C.Limits.Preferred;
  if (Sockets.size() <= Preferred)
    return;
  // With N sockets and a preferred count P, N - P of them must state a boundary. Which
  // ones is the author's choice, so only the shortfall is reported: first the sockets
  // whose annotation is not a boundary (someone tried; tell them why it fails), then the
  // unannotated ones, latest first (the first socket is the natural shared one).
  std::vector<const Socket *> Invalid, Missing;
  size_t Valid = 0;
  for (const Socket *S : Sockets) {
    if (S->Annotation && S->Annotation->valid())
      ++Valid;
    else if (S->Annotation)
      Invalid.push_back(S);
    else
      Missing.push_back(S);
  }
  size_t Needed = Sockets.size() - Preferred;
  if (Valid >= Needed)
    return;
  size_t Short = Needed - Valid;
  std::vector<const Socket *> Report(Invalid.begin(),
                                     Invalid.begin() + std::min(Short, Invalid.size()));
  for (size_t I = 0; Report.size() < Short && I < Missing.size(); ++I)
    Report.push_back(Missing[Missing.size() - 1 - I]);

  auto Index = [&](const Socket *S) {
    return std::find(Sockets.begin(), Sockets.end(), S) - Sockets.begin() + 1;
  };
  Report.erase(std::unique(Report.begin(), Report.end()), Report.end());
  for (const Socket *S : Report) {
    Finding F;
    F.Check = "websocket-undocumented-boundary";
    // About the client's set of sockets: each client numbers them its own way.
    identify(F, C, "");
    F.Key += "|" + S->Holder.Name;
    F.Loc = S->Loc;
    std::string Which = "WebSocket connection " + std::to_string(Index(S)) + " of " +
                        std::to_string(Sockets.size()) + " in client '" + C.Name + "' ('" +
                        S->Holder.Name + "')";
    if (S->Annotation) {
      F.Message = Which + " has a boundary annotation that is not a boundary: " +
                  S->Annotation->Problem;
      F.Notes.push_back({S->Annotation->Loc, "the annotation is here"});
    } else {
      F.Message = Which +
                  " states no boundary; carry its traffic on the client's other connection "
                  "with message types, or say why it cannot with "
                  "'// websocket-boundary(<category>): <reason>'";
    }
    for (const Note &N : socketNotes(C, Sockets))
      F.Notes.push_back(N);
    F.Citation = rows::GeneralUpdates;
    aboutSocket(F, *S);
    Out.push_back(std::move(F));
  }
}

} // namespace wslint
