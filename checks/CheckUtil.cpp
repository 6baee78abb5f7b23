// SPDX-License-Identifier: Apache-2.0
#include "CheckUtil.h"

#include <algorithm>

namespace wslint {

std::string describeSocket(const Socket &S) {
  std::string D = "'" + S.Holder.Name + "' (" + S.LibraryName + ")";
  if (!S.Endpoint.empty())
    D += " to " + S.Endpoint;
  return D;
}

std::vector<const Socket *> countedSockets(const Client &C) {
  std::vector<const Socket *> Out;
  for (const auto &S : C.Sockets)
    for (unsigned I = 0; I < S.AtOnce && !S.Unbounded; ++I)
      Out.push_back(&S);
  return Out;
}

std::vector<Note> socketNotes(const Client &, const std::vector<const Socket *> &Sockets) {
  std::vector<Note> Notes;
  for (size_t I = 0; I < Sockets.size();) {
    const Socket &S = *Sockets[I];
    size_t Last = I;
    while (Last + 1 < Sockets.size() && Sockets[Last + 1] == &S)
      ++Last;
    std::string N = std::to_string(Sockets.size());
    std::string M = Last == I ? "connection " + std::to_string(I + 1) + " of " + N
                              : "connections " + std::to_string(I + 1) + "-" +
                                    std::to_string(Last + 1) + " of " + N;
    M += ": " + describeSocket(S);
    size_t Count = Last - I + 1;
    // Where each copy comes from, at its place, when all are known (Socket::Copies).
    bool Placed = Count > 1 && S.Copies.size() == Count;
    if (Placed)
      M += ", one copy for each place below";
    else if (Count > 1)
      M += ", one per live instance of the class holding it";
    if (Count > 1 && !S.OwnersUnknown.empty())
      M += " (" + S.OwnersUnknown + ")";
    if (S.Annotation && S.Annotation->valid())
      M += "; boundary (" + S.Annotation->Category + "): " + S.Annotation->Reason;
    Notes.push_back({S.Loc, M});
    if (Placed)
      for (size_t K = 0; K < Count; ++K)
        Notes.push_back({S.Copies[K].Loc, "connection " + std::to_string(I + K + 1) + " of " +
                                              N + ": " + S.Copies[K].Text});
    I = Last + 1;
  }
  return Notes;
}

void identify(Finding &F, const Client &C, const std::string &Subject) {
  F.Client = C.Name;
  F.Clients = {C.Name};
  F.Subject = Subject;
  F.Key = F.Check + "|" + C.Name + (Subject.empty() ? "" : "|" + Subject);
}

void addPath(Finding &F, const Socket &S) {
  if (S.Path.empty() ||
      std::any_of(F.Paths.begin(), F.Paths.end(),
                  [&](const CallPath &P) { return P.Socket == S.Holder.Name; }))
    return;
  CallPath P{S.Holder.Name, {}};
  for (const PathStep &Step : S.Path)
    P.Steps.push_back({Step.Loc, Step.Text});
  F.Paths.push_back(std::move(P));
}

void fixInsteadOfLibrary(Finding &F, const std::string &Kind, std::string Fix) {
  F.Notes.push_back({{}, "fix: " + std::move(Fix)});
  F.OwnFix.push_back(Kind);
}

void aboutSocket(Finding &F, const Socket &S) {
  addPath(F, S);
  F.Library = S.Library;
}

std::vector<std::string> citedRowIds() {
  return {rows::GeneralUpdates,     rows::PublicPlusPrivate,  rows::TelemetryPlusControl,
          rows::MobileBackground,   rows::BinaryPlusCommands, rows::AdminPlusUserPlane,
          rows::LimitsNatProxy,     rows::Rfc6455Security,    rows::LimitsClientOs,
          rows::MicroFrontendWidgets, rows::LimitsAppServer};
}

std::string rowForCategory(const std::string &Category) {
  if (Category == "trust")
    return rows::PublicPlusPrivate;
  if (Category == "reliability")
    return rows::TelemetryPlusControl;
  if (Category == "binary-stream")
    return rows::BinaryPlusCommands;
  if (Category == "tenant-plane")
    return rows::AdminPlusUserPlane;
  return ""; // network-policy has no row of its own in the table
}

std::string rowForClient(const Client &C) {
  if (C.Kind == ClientKind::Mobile)
    return rows::MobileBackground;
  for (const auto &S : C.Sockets)
    if (S.Annotation && S.Annotation->valid())
      if (auto Row = rowForCategory(S.Annotation->Category); !Row.empty())
        return Row;
  return rows::GeneralUpdates;
}

} // namespace wslint
