// SPDX-License-Identifier: Apache-2.0
#include "Sockets.h"
#include "Evidence.h"
#include "Owners.h"
#include "Reach.h"

#include <algorithm>

namespace wslint {
namespace merge {
namespace {

/// The boundary a socket states: at its slot's declaration or an opening call (a valid one
/// first), else in the config by slot name (an owner's copy: by its owner path, or by the
/// slot's own name for every owner).
void attachBoundary(const std::vector<const SocketSite *> &Sites, const Config &Cfg,
                    const std::string &SlotName, Socket &S) {
  // A valid annotation wins over an invalid one; the first in source order otherwise.
  auto Consider = [&](const std::vector<std::pair<SourceLoc, std::string>> &Comments) {
    for (const auto &[Loc, Text] : Comments)
      if (auto B = parseBoundaryComment(Text)) {
        B->Loc = Loc;
        if (!S.Annotation || (!S.Annotation->valid() && B->valid()))
          S.Annotation = *B;
      }
  };
  Consider(S.Holder.DeclComments);
  for (const SocketSite *Site : Sites)
    Consider(Site->BoundaryComments);
  if (S.Annotation && S.Annotation->valid())
    return;
  for (const auto &D : Cfg.Boundaries)
    if (D.Slot == S.Holder.Name || D.Slot == SlotName) {
      Boundary B;
      B.Category = D.Category;
      B.Reason = D.Reason;
      B.FromConfig = true;
      B.Loc = {Cfg.File, 0, 0};
      B.Problem = boundaryProblem(D.Category, D.Reason);
      S.Annotation = B;
      return;
    }
}

/// A connection to a WebSocket conformance test server: every opening names one of the
/// Autobahn|Testsuite fuzzing server's endpoints (`…/getCaseCount`, `…/runCase?case=…`,
/// `…/updateReports?agent=…`). The suite's server decides each such connection's frames
/// and ends it when the case is done, so it lives for one exchange; a ping the client added
/// would be one more frame in the case under test
/// (test-inputs/heartbeat/heartbeat-conformance-suite; a look-alike names the same words
/// elsewhere in its URL and stays reported).
void describeTestSuite(const std::vector<const SocketSite *> &Group, Socket &S) {
  static const llvm::StringRef Endpoints[] = {"getCaseCount", "runCase", "updateReports",
                                              "getCaseInfo", "getCaseStatus"};
  std::string Named;
  for (const SocketSite *Site : Group) {
    if (Site->EndpointElsewhere)
      continue; // IXWebSocket's start(): its setUrl(…) is another site of the group
    llvm::StringRef Url = Site->Endpoint;
    llvm::StringRef Path = Url.take_until([](char C) { return C == '?' || C == '#'; });
    llvm::StringRef Last = Path.rsplit('/').second;
    if (!Path.contains('/') || !llvm::is_contained(Endpoints, Last))
      return;
    if (Named.empty())
      Named = Url.str();
  }
  if (Named.empty())
    return;
  S.OneExchange = "a conformance test connection: every opening goes to an Autobahn|Testsuite "
                  "server endpoint (" +
                  Named + "), and that server ends each connection when its exchange is done";
  S.OneExchangeLoc = S.Loc;
}

} // namespace

std::string slotKey(const Slot &Holder, const SourceLoc &Site) {
  return Holder.USR.empty() ? "@" + Site.File + ":" + std::to_string(Site.Line) + ":" +
                                  std::to_string(Site.Column)
                            : Holder.USR;
}

std::vector<Socket> socketsOf(const Program &M, const std::vector<const SocketSite *> &Sites,
                              const Config &Cfg, const std::map<std::string, unsigned> *Reach,
                              const Ways *W) {
  // Group sites by slot; a site with no slot (a temporary) is a socket of its own.
  std::map<std::string, std::vector<const SocketSite *>> BySlot;
  std::vector<std::string> Order;
  // A subclass of the socket type that opens itself (`this`) reopens each socket whose
  // slot holds one of its objects: its openings join those sockets (a QWebSocket subclass
  // that reconnects on its own, held by a member and by a map:
  // identity/self-reopening-subclass-held-by-owners). Held by no socket the client opens,
  // it stays a socket of its own (identity/self-opening-subclass-no-holder).
  std::map<std::string, std::vector<std::string>> HoldersOf; // class -> slot keys
  for (const SocketSite *S : Sites)
    if (!S->Holder.Self && !S->Holder.Holds.empty()) {
      auto &Keys = HoldersOf[S->Holder.Holds];
      std::string Key = slotKey(S->Holder, S->Loc);
      if (std::find(Keys.begin(), Keys.end(), Key) == Keys.end())
        Keys.push_back(Key);
    }
  std::vector<const SocketSite *> Reopenings;
  for (const SocketSite *S : Sites) {
    if (S->Holder.Self && HoldersOf.count(S->Holder.USR)) {
      Reopenings.push_back(S);
      continue;
    }
    std::string Key = slotKey(S->Holder, S->Loc);
    if (!BySlot.count(Key))
      Order.push_back(Key);
    BySlot[Key].push_back(S);
  }
  for (const SocketSite *S : Reopenings)
    for (const auto &Key : HoldersOf[S->Holder.USR])
      BySlot[Key].push_back(S);
  // Functions the client runs once per item of a loop that steps through items (not a
  // loop that goes round until something works), called or started on threads of their
  // own, and what they call.
  std::map<std::string, PerItemCall> PerItem;
  for (const auto &[Caller, Edges] : M.EdgesOf)
    if (!Reach || Reach->count(Caller))
      for (const CallEdge &E : Edges)
        if (E.InItemLoop && E.Kind != EdgeKind::Callback) {
          if (!PerItem.count(E.Callee))
            for (const auto &F : closure(M.Direct, E.Callee, Reach))
              PerItem.emplace(F, PerItemCall{E.Loc, E.Kind == EdgeKind::Thread});
          if (handsOn(E.Kind))
            PerItem[E.Callee].Handed = true;
        }
  // Functions that run once per request of a server, and the handler that makes them so.
  std::map<std::string, const PerRequestFact *> PerRequest;
  for (const PerRequestFact &R : M.PerRequest)
    if (!Reach || Reach->count(R.Function))
      for (const auto &F : closure(M.Direct, R.Function, Reach))
        PerRequest.emplace(F, &R);
  std::vector<Socket> Out;
  // One socket of Group's slot; for Owner O, the copy its member's object holds (Owners.h).
  // Unknown: why the slot's owners could not be told apart (Socket::OwnersUnknown).
  auto Describe = [&](const std::vector<const SocketSite *> &Group,
                      const std::vector<Owner> &Owners, const Owner *O,
                      const std::string &Unknown) {
    const SocketSite &First = *Group.front();
    Socket S;
    S.Id = "s" + std::to_string(Out.size() + 1);
    S.Library = First.Library;
    S.LibraryName = First.LibraryName;
    S.Loc = First.Loc;
    S.Holder = First.Holder;
    for (const SocketSite *G : Group) {
      S.Sites.push_back(G->Loc);
      if (S.Endpoint.empty() || (!S.EndpointIsLiteral && G->EndpointIsLiteral)) {
        S.Endpoint = G->Endpoint;
        S.EndpointIsLiteral = G->EndpointIsLiteral;
      }
    }
    // Evidence on the slot, and on the object that created it (settings and pings of a
    // websocketpp endpoint apply to its connections); an owner's, in its member's code.
    std::vector<Evidence> Evs;
    std::set<std::string> Sources = {S.Holder.USR};
    for (const SocketSite *G : Group) {
      if (!G->OwnerUSR.empty())
        Sources.insert(G->OwnerUSR);
      if (G->Holder.Self) // what the subclass does to itself, it does to this socket
        Sources.insert(G->Holder.USR);
    }
    for (const auto &Src : Sources)
      if (auto It = M.EvidenceBySlot.find(Src); It != M.EvidenceBySlot.end() && !Src.empty())
        for (const Evidence &E : It->second)
          if (!O || belongsTo(Owners, *O, E.Function))
            Evs.push_back(E);
    std::string SlotName = S.Holder.Name;
    if (O) { // named by its owner's member, counted by the owner's objects
      S.Owner = O->Key;
      S.Holder.USR = ownerSlotKey(O->Key, S.Holder.USR);
      S.Holder.Name = O->Name + " → " + S.Holder.Name;
      S.Holder.Record = O->Member->Record;
      if (O->Member->Record.empty()) // a local: counted by the objects its declaration makes
        S.OwnerDecl = O->Member->Loc;
    }
    S.OwnersUnknown = Unknown;
    if (O)
      describeHeartbeat(M, Evs, S,
                        [&](const std::string &F) { return periodicFor(M, Owners, *O, F); });
    else
      describeHeartbeat(M, Evs, S);
    if (O)
      describeReconnect(M, Evs, Sources, Group, Reach, S,
                        [&](const std::set<std::string> &On) { return wayFor(Owners, *O, On); });
    else
      describeReconnect(M, Evs, Sources, Group, Reach, S);
    describeExchange(M, Evs, Sources, S);
    if (S.OneExchange.empty())
      describeTestSuite(Group, S);
    if (!S.Heartbeat && S.HeartbeatEvidence.empty())
      S.HeartbeatEvidence = "no heartbeat option or ping found for this socket";
    attachBoundary(Group, Cfg, SlotName, S);
    describeFanout(M, Group, Reach, PerItem, PerRequest, S);
    // Why the socket is in the client: the shortest way from the entry to its first site
    // the client reaches; an owner's copy, the way through the calls on its member.
    if (W && Reach)
      for (const SocketSite *Site : Sites)
        if (Site->Loc == S.Loc && Reach->count(Site->Function)) {
          S.Path = pathTo(M, O ? waysThrough(*W, *O) : *W, Site->Function, Site->Loc,
                          "'" + S.Holder.Name + "'");
          break;
        }
    Out.push_back(std::move(S));
  };
  for (const auto &Key : Order) {
    const auto &Group = BySlot[Key];
    std::vector<Owner> Owners;
    std::string Unknown;
    SlotObjects Slots;
    for (const SocketSite *G : Group)
      if (G->Holder.Self)
        for (const auto &Holder : HoldersOf[G->Holder.USR])
          (Holder == Key ? Slots.Own : Slots.Others).insert(Holder);
    if (Reach && (Group.front()->Holder.Kind == SlotKind::Field ||
                  Group.front()->Holder.Kind == SlotKind::Local))
      Owners = ownersOf(M, Group, *Reach, Slots, Unknown);
    // An owner none of whose members' code opens a site holds no copy; with no owner
    // left, the slot is one socket (fuzz/regressions/facts/owner-without-sites.json).
    bool Described = false;
    for (const Owner &O : Owners) {
      std::vector<const SocketSite *> Its;
      for (const SocketSite *G : Group)
        if (belongsTo(Owners, O, G->Function))
          Its.push_back(G);
      if (Its.empty())
        continue;
      Describe(Its, Owners, &O, "");
      Described = true;
    }
    if (!Described)
      Describe(Group, {}, nullptr, Unknown);
  }
  return Out;
}

} // namespace merge
} // namespace wslint
