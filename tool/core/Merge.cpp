// SPDX-License-Identifier: Apache-2.0
// Facts of all TUs → the connection graph (clients, sockets, attributes).
#include "AtOnce.h"
#include "Graph.h"
#include "Support.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <utility>

namespace wslint {
namespace {

/// The union of all units' facts, deduplicated (a header's code is seen by many TUs).
struct Merged {
  std::map<std::string, FunctionFact> Functions;
  /// Functions handed to someone who calls them later: handlers, timer callbacks, lambdas.
  std::set<std::string> Callbacks;
  std::map<std::string, std::vector<std::string>> Callees;
  std::vector<SocketSite> Sites;
  std::map<std::string, std::vector<Evidence>> EvidenceBySlot;
  std::map<std::string, std::vector<HandlerFact>> HandlersBySlot;
  std::map<std::string, std::vector<DelayFact>> DelaysByFunction;
  std::map<std::string, std::vector<std::string>> Callers;
  /// Each caller's edges, with where the calls sit (for counting sockets at once).
  std::map<std::string, std::vector<CallEdge>> EdgesOf;
  /// Instances of the user's classes, and those covering each record (a class, its bases,
  /// the classes it owns as members).
  std::vector<InstantiationFact> Instances;
  std::map<std::string, std::vector<size_t>> InstancesCovering;
  /// Functions a server runs once per request (registered handlers, overrides).
  std::vector<PerRequestFact> PerRequest;
  /// Functions whose code closes a socket, by slot.
  std::map<std::string, std::set<std::string>> ClosersOf;
  /// What each function runs itself, over call and repeating edges (not what it hands on).
  std::map<std::string, std::vector<std::string>> Direct;
  /// Functions that run again and again over time: called from a loop that waits, or run by
  /// a timer that re-arms itself, and what they call directly (periodicFunctions).
  std::set<std::string> Periodic;
  /// Pongs the code sends or expects, and the functions that run on events (callbacks and
  /// what they call directly): where a pong answers the peer's pings.
  std::vector<Evidence> Pongs;
  std::set<std::string> OnEvents;
  /// The kind of client the compile target of the TU defining a function implies.
  std::map<std::string, std::string> TargetKindOf;
  /// TUs that could not be analysed (main files), and the functions their partial facts
  /// define.
  std::set<std::string> FailedUnits;
  std::map<std::string, std::set<std::string>> FailedUnitsOf;
  /// What each TU whose analysis stopped part-way names in its main file (none:
  /// unreadable, it may define anything).
  std::map<std::string, std::set<std::string>> FailedMentions;
};

std::set<std::string> periodicFunctions(const Merged &M, const std::vector<const CallEdge *> &Edges);
std::set<std::string> closure(const std::map<std::string, std::vector<std::string>> &Adjacency,
                              const std::string &From,
                              const std::map<std::string, unsigned> *Within = nullptr);

/// The caller slots a parameter slot stands for, following parameters passed on.
void bindingsOf(const std::map<std::string, std::vector<const SlotBinding *>> &ByParam,
                const std::string &Param, unsigned Depth,
                std::vector<const SlotBinding *> &Out) {
  auto It = ByParam.find(Param);
  if (It == ByParam.end() || Depth > 8)
    return;
  for (const SlotBinding *B : It->second) {
    if ((B->Arg.Kind == SlotKind::Parameter || B->Arg.Kind == SlotKind::Returned) &&
        ByParam.count(B->Arg.USR))
      bindingsOf(ByParam, B->Arg.USR, Depth + 1, Out);
    else
      Out.push_back(B);
  }
}

/// Facts about a parameter's socket (keyed by slot, each with its SlotUSR) hold for every
/// slot the parameter is bound to: a copy goes to each.
template <typename Fact>
void copyToBoundSlots(const std::map<std::string, std::vector<const SlotBinding *>> &ByParam,
                      std::map<std::string, std::vector<Fact>> &BySlot) {
  std::map<std::string, std::vector<Fact>> Moved;
  for (const auto &[SlotUSR, Facts] : BySlot) {
    std::vector<const SlotBinding *> Bound;
    bindingsOf(ByParam, SlotUSR, 0, Bound);
    for (const Fact &F : Facts)
      for (const SlotBinding *B : Bound) {
        Fact Copy = F;
        Copy.SlotUSR = B->Arg.USR;
        Moved[B->Arg.USR].push_back(std::move(Copy));
      }
  }
  for (auto &[SlotUSR, Facts] : Moved)
    for (auto &F : Facts)
      BySlot[SlotUSR].push_back(std::move(F));
}

/// A helper that opens or configures "whatever socket it is given" acts on each slot its
/// callers hand it, and a helper that returns the socket it opens opens one for each slot
/// its callers keep the result in: sites and evidence on parameters and return values move
/// to those slots (test-inputs/helper-opens-two-slots, emscripten-browser-client).
void resolveParameters(const FactSet &Facts, Merged &M) {
  std::map<std::string, std::vector<const SlotBinding *>> ByParam;
  std::set<std::pair<std::string, std::string>> Seen;
  for (const auto &U : Facts.Units)
    for (const auto &B : U.Bindings)
      if (Seen.insert({B.ParamUSR, B.Arg.USR + "@" + B.Loc.File + ":" +
                                       std::to_string(B.Loc.Line)}).second)
        ByParam[B.ParamUSR].push_back(&B);
  if (ByParam.empty())
    return;
  std::vector<SocketSite> Sites;
  for (auto &S : M.Sites) {
    std::vector<const SlotBinding *> Bound;
    if (S.Holder.Kind == SlotKind::Parameter || S.Holder.Kind == SlotKind::Returned)
      bindingsOf(ByParam, S.Holder.USR, 0, Bound);
    if (Bound.empty()) {
      Sites.push_back(std::move(S));
      continue;
    }
    // Through a getter the opening call stays where it is written; through a parameter or
    // a return value it moves to the call that hands the slot over.
    bool ThroughGetter = llvm::StringRef(S.Holder.USR).starts_with(GetterKeyPrefix);
    for (const SlotBinding *B : Bound) {
      SocketSite Copy = S;
      Copy.Holder = B->Arg;
      if (!ThroughGetter) {
        Copy.Loc = B->Loc; // the call that hands this slot to the opening helper
        Copy.Function = B->Caller;
        // It now sits where the call does: in the caller's loops and branch arms (a C
        // helper called in a loop opens one socket per round).
        Placement Helper = S.In;
        Copy.In = B->In;
        Copy.In.LoopDepth += Helper.LoopDepth;
        if (B->In.LoopDepth == 0) {
          Copy.In.InRetryLoop = Helper.InRetryLoop;
          Copy.In.LoopRunsOnce = Helper.LoopRunsOnce;
        }
      }
      // A boundary written at a helper's opening call describes the socket only when the
      // helper opens one (test-inputs/boundary-on-helper-opening-one-slot); a helper that
      // opens several cannot say which one it means (test-inputs/helper-opens-two-slots).
      if (Bound.size() > 1)
        Copy.BoundaryComments.clear();
      Sites.push_back(std::move(Copy));
    }
  }
  M.Sites = std::move(Sites);
  // Evidence, and close handlers registered on a parameter (a helper that sets the
  // delegate of whatever socket it is given: test-inputs/socketrocket-helper-and-getter).
  copyToBoundSlots(ByParam, M.EvidenceBySlot);
  copyToBoundSlots(ByParam, M.HandlersBySlot);
}

size_t commonPrefix(const std::string &A, const std::string &B) {
  size_t N = 0;
  while (N < A.size() && N < B.size() && A[N] == B[N])
    ++N;
  return N;
}

/// Separate programs in one compilation database may each define a function of the same
/// name (two examples' `websocket_endpoint::connect`): one USR, several definitions in
/// different files. Such a USR is split per defining file, and each unit's references go
/// to its own definition, else to the definitions nearest its main file by directory
/// (test-inputs/two-programs-same-class-name). Inline functions defined in a header are
/// one definition seen by many units and stay one function.
FactSet splitDuplicateDefinitions(const FactSet &Facts) {
  std::map<std::string, std::set<std::string>> DefFiles;
  for (const auto &U : Facts.Units)
    for (const auto &F : U.Functions)
      DefFiles[F.USR].insert(F.Loc.File);
  std::set<std::string> Split;
  for (const auto &[USR, Files] : DefFiles)
    if (Files.size() > 1)
      Split.insert(USR);
  if (Split.empty())
    return Facts;
  FactSet Out = Facts;
  for (auto &U : Out.Units) {
    std::map<std::string, std::string> Own;
    for (const auto &F : U.Functions)
      if (Split.count(F.USR))
        Own[F.USR] = F.USR + "@" + F.Loc.File;
    auto Targets = [&](const std::string &USR) -> std::vector<std::string> {
      if (!Split.count(USR))
        return {USR};
      if (auto It = Own.find(USR); It != Own.end())
        return {It->second};
      size_t Best = 0;
      std::vector<std::string> Out;
      for (const auto &File : DefFiles[USR]) {
        size_t P = commonPrefix(File, U.MainFile);
        if (P > Best)
          Out.clear(), Best = P;
        if (P == Best)
          Out.push_back(USR + "@" + File);
      }
      return Out;
    };
    auto One = [&](std::string &USR) {
      if (Split.count(USR))
        USR = Targets(USR).front();
    };
    for (auto &F : U.Functions)
      One(F.USR);
    for (auto &S : U.Sites)
      One(S.Function);
    for (auto &E : U.Evidences)
      One(E.Function);
    for (auto &B : U.Bindings)
      One(B.Caller);
    std::vector<CallEdge> Edges;
    for (const auto &E : U.Edges)
      for (const auto &Caller : Targets(E.Caller))
        for (const auto &Callee : Targets(E.Callee)) {
          CallEdge Copy = E;
          Copy.Caller = Caller;
          Copy.Callee = Callee;
          if (!Copy.Via.empty())
            Copy.Via = Targets(Copy.Via).front();
          Edges.push_back(std::move(Copy));
        }
    U.Edges = std::move(Edges);
  }
  return Out;
}

Merged mergeFacts(const FactSet &Input) {
  FactSet Facts = splitDuplicateDefinitions(Input);
  Merged M;
  std::set<CallEdge> Edges;
  std::set<std::pair<SourceLoc, std::string>> SeenSites, SeenEvidence;
  std::vector<const CallEdge *> Ordered;
  for (const auto &U : Facts.Units) {
    if (!U.Complete) {
      M.FailedUnits.insert(U.MainFile);
      if (U.Truncated)
        M.FailedMentions[U.MainFile].insert(U.Mentions.begin(), U.Mentions.end());
    }
    for (const auto &F : U.Functions) {
      M.Functions.emplace(F.USR, F);
      if (!U.Complete)
        M.FailedUnitsOf[F.USR].insert(U.MainFile);
      if (!U.TargetKind.empty())
        M.TargetKindOf.emplace(F.USR, U.TargetKind);
    }
  }
  // A function a complete TU also defines (inline, in a header) is fully known.
  for (const auto &U : Facts.Units) {
    if (!U.Complete)
      continue;
    for (const auto &F : U.Functions)
      M.FailedUnitsOf.erase(F.USR);
  }
  for (const auto &U : Facts.Units) {
    for (const auto &E : U.Edges)
      if (Edges.insert(E).second)
        Ordered.push_back(&E);
    for (const auto &S : U.Sites)
      if (SeenSites.insert({S.Loc, S.Holder.USR}).second)
        M.Sites.push_back(S);
    for (const auto &E : U.Evidences)
      if (!SeenEvidence.insert({E.Loc, evidenceKey(E)}).second)
        continue;
      else if (E.Kind == EvidenceKind::PongReply)
        M.Pongs.push_back(E);
      else
        M.EvidenceBySlot[E.SlotUSR].push_back(E);
  }
  std::set<std::pair<SourceLoc, std::string>> SeenHandlers;
  for (const auto &U : Facts.Units) {
    for (const auto &H : U.Handlers)
      if (SeenHandlers.insert({H.Loc, H.SlotUSR + "|" + H.Handler}).second)
        M.HandlersBySlot[H.SlotUSR].push_back(H);
    for (const auto &D : U.Delays)
      if (SeenHandlers.insert({D.Loc, "delay|" + D.Function}).second)
        M.DelaysByFunction[D.Function].push_back(D);
    for (const auto &I : U.Instantiations)
      if (SeenHandlers.insert({I.Loc, "instance|" + I.Record}).second) {
        for (const auto &R : I.Covers)
          M.InstancesCovering[R].push_back(M.Instances.size());
        M.Instances.push_back(I);
      }
    for (const auto &P : U.PerRequest)
      if (SeenHandlers.insert({P.Loc, "per-request|" + P.Function}).second)
        M.PerRequest.push_back(P);
  }
  for (const CallEdge *E : Ordered) {
    M.EdgesOf[E->Caller].push_back(*E);
    M.Callers[E->Callee].push_back(E->Caller);
    M.Callees[E->Caller].push_back(E->Callee);
    if (E->Kind == EdgeKind::Callback)
      M.Callbacks.insert(E->Callee);
    else
      M.Direct[E->Caller].push_back(E->Callee);
  }
  M.Periodic = periodicFunctions(M, Ordered);
  if (!M.Pongs.empty())
    for (const auto &Cb : M.Callbacks)
      if (!M.OnEvents.count(Cb))
        for (const auto &F : closure(M.Direct, Cb))
          M.OnEvents.insert(F);
  resolveParameters(Facts, M);
  for (const auto &[Slot, Evs] : M.EvidenceBySlot)
    for (const Evidence &E : Evs)
      if (E.Kind == EvidenceKind::Close)
        M.ClosersOf[Slot].insert(E.Function);
  std::stable_sort(M.Sites.begin(), M.Sites.end(),
                   [](const SocketSite &A, const SocketSite &B) { return A.Loc < B.Loc; });
  return M;
}

/// Walks the functions reachable from Roots over call edges, depth first in source order
/// (each root's reach in turn) or breadth first. A function in storage is reached only once
/// the code that stored it is (CallEdge::Via): a callback field shared by several programs
/// holds, in each, only what that program puts there. Reached(F, By) sees each function
/// once, in walk order, with the edge that reached it (null for a root).
template <typename Fn>
void walkCalls(const Merged &M, const std::vector<std::string> &Roots, bool BreadthFirst,
               Fn Reached) {
  std::set<std::string> Seen;
  std::vector<const CallEdge *> Waiting;
  std::deque<std::pair<const std::string *, size_t>> Work; // a function, its next edge
  auto Enter = [&](const std::string &F, const CallEdge *By) {
    if (Seen.insert(F).second) {
      Reached(F, By);
      Work.push_back({&F, 0});
    }
  };
  auto Drain = [&] {
    while (!Work.empty()) {
      auto &[F, Next] = BreadthFirst ? Work.front() : Work.back();
      auto It = M.EdgesOf.find(*F);
      if (It == M.EdgesOf.end() || Next >= It->second.size()) {
        if (BreadthFirst)
          Work.pop_front();
        else
          Work.pop_back();
        continue;
      }
      const CallEdge &E = It->second[Next++];
      if (!E.Via.empty() && !Seen.count(E.Via))
        Waiting.push_back(&E);
      else
        Enter(E.Callee, &E);
    }
  };
  // Depth first finishes each start before the next; breadth first starts from all at once.
  auto Start = [&](const std::string &F, const CallEdge *By) {
    Enter(F, By);
    if (!BreadthFirst)
      Drain();
  };
  for (const auto &R : Roots)
    Start(R, nullptr);
  Drain();
  for (bool Progress = true; Progress;) {
    Progress = false;
    std::vector<const CallEdge *> Still;
    for (const CallEdge *E : std::exchange(Waiting, {}))
      if (Seen.count(E->Via)) {
        Progress = Progress || !Seen.count(E->Callee);
        Start(E->Callee, E);
      } else {
        Still.push_back(E);
      }
    Drain();
    Waiting.insert(Waiting.end(), Still.begin(), Still.end());
  }
}

/// Functions reachable from Roots, numbered in depth-first order over call edges in source
/// order: the order in which a client runs into its opening calls.
std::map<std::string, unsigned> reachableFrom(const Merged &M,
                                              const std::vector<std::string> &Roots) {
  std::map<std::string, unsigned> Order;
  walkCalls(M, Roots, /*BreadthFirst=*/false,
            [&](const std::string &F, const CallEdge *) { Order.emplace(F, Order.size()); });
  return Order;
}

/// For each function reachable from Roots, the edge of a shortest way there (breadth
/// first): the way Socket::Path shows, the most direct one a reviewer would trace.
std::map<std::string, const CallEdge *> shortestParents(const Merged &M,
                                                        const std::vector<std::string> &Roots) {
  std::map<std::string, const CallEdge *> Parents;
  walkCalls(M, Roots, /*BreadthFirst=*/true, [&](const std::string &F, const CallEdge *By) {
    if (By)
      Parents.emplace(F, By);
  });
  return Parents;
}

/// A function as a path step names it: lambdas by where they are written.
std::string stepName(const Merged &M, const std::string &USR) {
  auto It = M.Functions.find(USR);
  if (It == M.Functions.end()) {
    // Declared only (a virtual in a base): its qualified name from the USR,
    // "c:@N@app@S@Base@F@open#" → "app::Base::open".
    llvm::SmallVector<llvm::StringRef, 8> Parts;
    llvm::StringRef(USR).split(Parts, '@');
    std::string Name;
    for (size_t I = 1; I + 1 < Parts.size(); ++I) {
      if (Parts[I] != "N" && Parts[I] != "S" && Parts[I] != "C" && Parts[I] != "F")
        continue;
      Name += (Name.empty() ? "" : "::") +
              Parts[I + 1].take_until([](char C) { return C == '#' || C == '>'; }).str();
      if (Parts[I] == "F")
        break; // the rest are parameter types
    }
    return "'" + (Name.empty() ? USR : Name) + "'";
  }
  const FunctionFact &F = It->second;
  if (F.Kind == NodeKind::Framework)
    return F.Name;
  llvm::StringRef Name(F.Name);
  if (Name.contains("(lambda") || Name.contains("(anonymous class)"))
    return "the lambda at " + F.Loc.File + ":" + std::to_string(F.Loc.Line);
  return "'" + F.Name + "'";
}

/// The way Parents records from the client's entry to Function, then the opening at Site.
std::vector<PathStep> pathTo(const Merged &M,
                             const std::map<std::string, const CallEdge *> &Parents,
                             const std::string &Function, const SourceLoc &Site,
                             const std::string &What) {
  std::vector<PathStep> Steps;
  std::set<std::string> Seen;
  for (std::string F = Function; Seen.insert(F).second;) {
    auto It = Parents.find(F);
    if (It == Parents.end())
      break;
    const CallEdge &E = *It->second;
    auto Callee = M.Functions.find(E.Callee);
    auto KindOf = [&](const std::string &USR) {
      auto It = M.Functions.find(USR);
      return It == M.Functions.end() ? NodeKind::Function : It->second.Kind;
    };
    NodeKind CalleeKind = KindOf(E.Callee), CallerKind = KindOf(E.Caller);
    bool Storage = CalleeKind == NodeKind::Variable || CalleeKind == NodeKind::Field;
    bool FromStorage = CallerKind == NodeKind::Variable || CallerKind == NodeKind::Field;
    std::string From = stepName(M, E.Caller), To = stepName(M, E.Callee), Text;
    if (CalleeKind == NodeKind::Framework)
      Text = From + " hands control to " + To;
    else if (CallerKind == NodeKind::Framework)
      Text = From + " call " + To + ", which overrides or implements one of theirs";
    else if (FromStorage)
      Text = To + " runs from " + From + ", which holds it";
    else if (Storage)
      Text = From + " stores a callable in " + To;
    // An edge no call expression makes between two functions: a virtual's override.
    else if (!E.Loc.valid())
      Text = "a call of " + From + " runs its override " + To;
    else if (E.Kind == EdgeKind::Callback)
      Text = From + " hands on " + To + ", which runs later";
    else if (E.Kind == EdgeKind::Repeating)
      Text = From + " runs " + To + " again and again";
    else
      Text = From + " calls " + To;
    SourceLoc L = E.Loc;
    if (!L.valid() && Callee != M.Functions.end())
      L = Callee->second.Loc;
    Steps.push_back({L, Text});
    F = E.Caller;
  }
  std::reverse(Steps.begin(), Steps.end());
  Steps.push_back({Site, stepName(M, Function) + " opens " + What});
  return Steps;
}

/// "ns::Class::f" matches "ns::Class::f", "Class::f" and "f" written in the config.
bool nameMatches(const std::string &Qualified, const std::string &Wanted) {
  if (Qualified == Wanted)
    return true;
  return Qualified.size() > Wanted.size() + 2 &&
         llvm::StringRef(Qualified).ends_with("::" + Wanted);
}


void describeHeartbeat(const Merged &M, const std::vector<Evidence> &Evs, Socket &S) {
  auto HasKind = [&](EvidenceKind K) {
    return std::any_of(Evs.begin(), Evs.end(), [&](const Evidence &E) { return E.Kind == K; });
  };
  bool ExplicitOff = std::any_of(Evs.begin(), Evs.end(), [](const Evidence &E) {
    return E.Kind == EvidenceKind::HeartbeatOff && !E.LibraryDefault;
  });
  // What the code states comes before what the library does by default: a connection's
  // own policy is the better evidence (test-inputs/libwebsockets-retry-policy).
  std::vector<const Evidence *> Ordered;
  for (const auto &E : Evs)
    Ordered.push_back(&E);
  std::stable_partition(Ordered.begin(), Ordered.end(),
                        [](const Evidence *E) { return !E->LibraryDefault; });
  const Evidence *Unmet = nullptr, *Conditional = nullptr;
  for (const Evidence *P : Ordered) {
    const Evidence &E = *P;
    // A ping sent by hand is a heartbeat when it repeats: inside a loop, from a handler or
    // timer callback (test-inputs/qt-websockets-timer-ping), or from a function that runs
    // periodically (test-inputs/heartbeat-ping-through-wrapper). Sent once, it is not.
    if (E.Kind == EvidenceKind::Ping &&
        (E.InLoop || M.Callbacks.count(E.Function) || M.Periodic.count(E.Function))) {
      S.Heartbeat = true;
      S.HeartbeatEvidence = E.Detail;
      S.HeartbeatLoc = E.Loc;
      return;
    }
    // An application message is a heartbeat only when it goes out over time by itself: in
    // a loop that waits between rounds, or from something that runs periodically. Sent in
    // reply to a message, or once on open, it is not.
    if (E.Kind == EvidenceKind::Send && (E.InLoop || M.Periodic.count(E.Function))) {
      S.Heartbeat = true;
      S.HeartbeatEvidence = E.Detail + " (sent periodically)";
      S.HeartbeatLoc = E.Loc;
      return;
    }
    if (E.Kind != EvidenceKind::Heartbeat)
      continue;
    if (E.LibraryDefault && ExplicitOff)
      continue;
    // Turned on only under a condition: on the other paths there is no heartbeat
    // (test-inputs/conditional-evidence).
    if (!E.Condition.empty()) {
      Conditional = Conditional ? Conditional : &E;
      continue;
    }
    if (E.Needs && !HasKind(*E.Needs)) {
      Unmet = Unmet ? Unmet : &E;
      continue;
    }
    S.Heartbeat = true;
    S.HeartbeatEvidence = E.Detail;
    S.HeartbeatLoc = E.Loc;
    return;
  }
  // What switches the heartbeat off, even on some paths, is the verdict's reason first.
  for (const auto &E : Evs)
    if (E.Kind == EvidenceKind::HeartbeatOff && !E.Condition.empty()) {
      S.HeartbeatEvidence = E.Detail + ", when " + E.Condition;
      S.HeartbeatLoc = E.Loc;
      S.HeartbeatCondition = E.Condition;
      return;
    }
  if (Conditional) {
    S.HeartbeatEvidence = Conditional->Detail + "; only when " + Conditional->Condition +
                          ": on the other paths this socket has no heartbeat";
    S.HeartbeatLoc = Conditional->Loc;
    S.HeartbeatCondition = Conditional->Condition;
    return;
  }
  if (Unmet) {
    S.HeartbeatEvidence = Unmet->Detail + "; but it only pings while an asynchronous read "
                                          "is pending, and this socket never starts one";
    S.HeartbeatLoc = Unmet->Loc;
    return;
  }
  for (const auto &E : Evs)
    if (E.Kind == EvidenceKind::HeartbeatOff) {
      S.HeartbeatEvidence = E.Detail;
      S.HeartbeatLoc = E.Loc;
      return;
    }
}

/// Every function reachable from From over Adjacency (From included): with callees, what
/// From may run; with callers, what may run From.
/// Within: only through these functions (a client's), when given.
std::set<std::string> closure(const std::map<std::string, std::vector<std::string>> &Adjacency,
                              const std::string &From,
                              const std::map<std::string, unsigned> *Within) {
  std::set<std::string> Seen = {From};
  std::deque<std::string> Work = {From};
  while (!Work.empty()) {
    std::string F = std::move(Work.front());
    Work.pop_front();
    if (auto It = Adjacency.find(F); It != Adjacency.end())
      for (const auto &C : It->second)
        if ((!Within || Within->count(C)) && Seen.insert(C).second)
          Work.push_back(C);
  }
  return Seen;
}

/// What runs periodically: the callees of repeating calls (a loop that waits between
/// rounds), and the callbacks of timers that re-arm themselves (the callback, through
/// direct calls, arms the same timer again); then everything those call directly. Calls
/// handed on as callbacks (a message handler registered from there) do not repeat with them
/// (test-inputs/heartbeat-app-level-timer).
std::set<std::string> periodicFunctions(const Merged &M, const std::vector<const CallEdge *> &Edges) {
  std::set<std::string> Roots;
  for (const CallEdge *E : Edges)
    if (E->Kind == EdgeKind::Repeating)
      Roots.insert(E->Callee);
  for (const auto &[Function, Ds] : M.DelaysByFunction)
    for (const DelayFact &D : Ds)
      for (const auto &Cb : D.Callbacks)
        if (Cb != D.Function && closure(M.Direct, Cb).count(D.Function))
          Roots.insert(Cb);
  // What a callback field holds runs when the code decides to call it (on a close, on a
  // message), not every round: the periodic code's reach stops there
  // (test-inputs/reconnect-paths-across-functions).
  std::map<std::string, std::vector<std::string>> Direct;
  for (const auto &[Caller, Callees] : M.Direct)
    if (auto It = M.Functions.find(Caller);
        It == M.Functions.end() || It->second.Kind != NodeKind::Field)
      Direct.emplace(Caller, Callees);
  std::set<std::string> Out;
  for (const auto &R : Roots)
    if (!Out.count(R)) {
      std::set<std::string> From = closure(Direct, R);
      Out.insert(From.begin(), From.end());
    }
  return Out;
}

int backoffRank(const std::string &B) {
  return B == "exponential-jitter" ? 3 : B == "exponential" ? 2 : B == "fixed" ? 1 : 0;
}

/// Instances of the classes holding this socket that the client makes (all of them for
/// sockets no entry point reaches).
std::vector<const InstantiationFact *> instancesHolding(const Merged &M, const Slot &Holder,
                                                        const std::map<std::string, unsigned> *Reach) {
  std::vector<const InstantiationFact *> Out;
  if (Holder.Kind != SlotKind::Field || Holder.Record.empty())
    return Out;
  if (auto It = M.InstancesCovering.find(Holder.Record); It != M.InstancesCovering.end())
    for (size_t I : It->second)
      if (!Reach || Reach->count(M.Instances[I].Function))
        Out.push_back(&M.Instances[I]);
  return Out;
}

/// The best delay on a reconnect path: the delays written in the functions on it. A
/// reconnect that reuses one timer but doubles and jitters its delay is exponential-jitter
/// (test-inputs/boost-beast-reconnect-backoff-jitter).
void delayOnPath(const Merged &M, const std::set<std::string> &Functions, ReconnectPath &P) {
  for (const auto &F : Functions)
    if (auto It = M.DelaysByFunction.find(F); It != M.DelaysByFunction.end())
      for (const DelayFact &D : It->second)
        // A timer waits before what it runs: one whose callbacks are not on the way back (a
        // ping timer armed beside the opening) is no wait before reopening
        // (tests/cli/objc-test.sh). A sleep waits before whatever follows it.
        if ((D.Callbacks.empty() ||
             std::any_of(D.Callbacks.begin(), D.Callbacks.end(),
                         [&](const std::string &Cb) { return Functions.count(Cb) != 0; })) &&
            backoffRank(D.Backoff) > backoffRank(P.Backoff)) {
          P.Backoff = D.Backoff;
          P.BackoffEvidence = D.Detail;
          P.BackoffLoc = D.Loc;
        }
}

/// How the socket comes back after it drops, and how long each way waits first. Each way
/// is a path from where the drop is noticed to an opening of the same socket, through any
/// depth of calls:
///  - a library retry scheduler (its policy is the backoff);
///  - a close/fail handler registered on the socket (or its owner);
///  - code that closes the socket and then reaches an opening of it (a user-level close
///    callback, a reconnect() helper: test-inputs/reconnect-paths-across-functions);
///  - a loop that repeats until something happens, around the opening or around a call
///    that reaches it, or rebuilding the object that holds the socket
///    (test-inputs/reconnect-owner-rebuilt-in-loop, reconnect-retry-loop-through-helper);
///  - a timer that re-arms itself and reaches the opening
///    (test-inputs/reconnect-timer-drained-queue);
///  - the library's own reconnect, unless switched off.
/// The delays on each path are its backoff; the socket's verdict is its worst path
/// (test-inputs/reconnect-two-paths).
void describeReconnect(const Merged &M, const std::vector<Evidence> &Evs,
                       const std::set<std::string> &Sources,
                       const std::vector<const SocketSite *> &Group,
                       const std::map<std::string, unsigned> *Reach, Socket &S) {
  std::vector<ReconnectPath> Paths;
  std::set<std::string> SiteFunctions;
  for (const SocketSite *Site : Group)
    SiteFunctions.insert(Site->Function);
  // The functions on the way from From (what may run from it) to an opening: none when
  // no opening is reached.
  auto PathFrom = [&](const std::string &From) {
    // Only through what this client runs (a shared callback field holds its own).
    std::set<std::string> Down = closure(M.Callees, From, Reach), On;
    for (const auto &F : SiteFunctions)
      if (Down.count(F))
        for (const auto &Up : closure(M.Callers, F, Reach))
          if (Down.count(Up))
            On.insert(Up);
    return On;
  };
  auto Add = [&](std::string How, SourceLoc Loc, const std::set<std::string> &On) {
    ReconnectPath P;
    P.How = std::move(How);
    P.Loc = std::move(Loc);
    delayOnPath(M, On, P);
    Paths.push_back(std::move(P));
  };
  auto Reached = [&](const std::string &F) { return !Reach || Reach->count(F); };
  // A library retry scheduler sets both the reconnect and its delay
  // (test-inputs/libwebsockets-retry-policy).
  if (auto It = M.HandlersBySlot.find(""); It != M.HandlersBySlot.end())
    for (const HandlerFact &H : It->second)
      if (!PathFrom(H.Handler).empty()) {
        ReconnectPath P;
        P.How = "reopened from a callback scheduled by " + H.Detail;
        P.Loc = P.BackoffLoc = H.Loc;
        P.Backoff = H.Backoff;
        P.BackoffEvidence = H.Detail;
        Paths.push_back(std::move(P));
      }
  for (const auto &Src : Sources) {
    if (auto It = M.HandlersBySlot.find(Src); It != M.HandlersBySlot.end())
      for (const HandlerFact &H : It->second)
        if (auto On = PathFrom(H.Handler); !On.empty())
          Add("reopened from the handler registered by " + H.Detail, H.Loc, On);
    if (auto It = M.ClosersOf.find(Src); It != M.ClosersOf.end())
      for (const auto &Closer : It->second) {
        if (SiteFunctions.count(Closer) || !Reached(Closer))
          continue; // an opening that first closes a stale socket is not a reconnect
        if (auto On = PathFrom(Closer); !On.empty()) {
          SourceLoc At;
          for (const auto &E : Evs)
            if (E.Kind == EvidenceKind::Close && E.Function == Closer)
              At = E.Loc;
          Add("closed here, and then reopened through calls", At, On);
        }
      }
  }
  for (const SocketSite *Site : Group)
    if (Site->In.InRetryLoop && Site->Holder.Kind != SlotKind::Element)
      Add("reopened in a retry loop", Site->Loc, {Site->Function});
  // The object holding the socket made again in a retry loop: each round a new connection.
  for (const InstantiationFact *Inst : instancesHolding(M, S.Holder, Reach))
    if (Inst->In.InRetryLoop && !Inst->Element)
      Add("its owner (" + Inst->Name + ") is rebuilt in a retry loop", Inst->Loc,
          {Inst->Function});
  // A loop whose calls reach the opening only by way of code that closes the socket first
  // (a read loop that meets the end of the stream) is the close path above, not a retry.
  std::set<std::string> Closers;
  for (const auto &Src : Sources)
    if (auto It = M.ClosersOf.find(Src); It != M.ClosersOf.end())
      Closers.insert(It->second.begin(), It->second.end());
  auto ThroughClose = [&](const std::set<std::string> &On) {
    return std::any_of(On.begin(), On.end(), [&](const std::string &F) {
      return Closers.count(F) != 0;
    });
  };
  for (const auto &[Caller, Edges] : M.EdgesOf) {
    if (!Reached(Caller))
      continue;
    for (const CallEdge &E : Edges)
      if (E.InRetryLoop && E.Kind != EdgeKind::Callback && !SiteFunctions.count(Caller))
        if (auto On = PathFrom(E.Callee); !On.empty() && !ThroughClose(On)) {
          On.insert(Caller);
          Add("reopened through calls from a retry loop", E.Loc, On);
        }
  }
  // A timer that re-arms itself and reaches the opening: it reopens the socket over time.
  for (const auto &[Function, Ds] : M.DelaysByFunction)
    for (const DelayFact &D : Ds)
      for (const auto &Cb : D.Callbacks)
        if (M.Periodic.count(Cb) && Reached(Cb) && !SiteFunctions.count(D.Function))
          if (auto On = PathFrom(Cb); !On.empty()) {
            On.insert(D.Function);
            Add("reopened from a timer that re-arms itself", D.Loc, On);
          }
  if (Paths.empty()) {
    // The library's own reconnect, unless the code switches it off (on every path).
    bool Off = std::any_of(Evs.begin(), Evs.end(), [](const Evidence &E) {
      return E.Kind == EvidenceKind::ReconnectOff && E.Condition.empty();
    });
    const Evidence *OffSometimes = nullptr;
    for (const auto &E : Evs)
      if (E.Kind == EvidenceKind::ReconnectOff && !E.Condition.empty())
        OffSometimes = &E;
    for (const auto &E : Evs)
      if (!Off && E.Kind == EvidenceKind::ReconnectDefault) {
        ReconnectPath P;
        P.How = E.Detail;
        P.Loc = P.BackoffLoc = E.Loc;
        P.Backoff = E.Backoff;
        P.BackoffEvidence = E.Detail;
        if (OffSometimes) {
          P.How += "; switched off only when " + OffSometimes->Condition + " (" +
                   OffSometimes->Detail + ")";
          S.ReconnectCondition = OffSometimes->Condition;
        }
        Paths.push_back(std::move(P));
        break;
      }
  }
  if (Paths.empty())
    return;
  // One path per place (the first way found there: rebuilding the owner explains a call of
  // its constructor from the loop); the worst backoff first.
  std::set<SourceLoc> Seen;
  std::vector<ReconnectPath> Unique;
  for (auto &P : Paths)
    if (Seen.insert(P.Loc).second)
      Unique.push_back(std::move(P));
  std::stable_sort(Unique.begin(), Unique.end(),
                   [](const ReconnectPath &A, const ReconnectPath &B) {
                     return backoffRank(A.Backoff) < backoffRank(B.Backoff);
                   });
  S.ReconnectPaths = std::move(Unique);
  const ReconnectPath &Worst = S.ReconnectPaths.front();
  S.Reconnect = true;
  S.ReconnectEvidence = Worst.How;
  S.ReconnectLoc = Worst.Loc;
  S.Backoff = Worst.Backoff;
  S.BackoffEvidence = Worst.BackoffEvidence;
  S.BackoffLoc = Worst.BackoffLoc;
}

void attachBoundary(const std::vector<const SocketSite *> &Sites, const Config &Cfg,
                    Socket &S) {
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
    if (D.Slot == S.Holder.Name) {
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

/// Reach: the client's functions (null: any function counts, for sockets no entry reaches).
/// What identifies a socket: its slot, or its opening call when nothing names it.
std::string slotKey(const Slot &Holder, const SourceLoc &Site) {
  return Holder.USR.empty() ? "@" + Site.File + ":" + std::to_string(Site.Line) + ":" +
                                  std::to_string(Site.Column)
                            : Holder.USR;
}

/// One socket per item: opened for each element of a container in a loop that repeats, a
/// local opened in each round and kept beyond it, or held by objects made in each round and
/// kept. A container filled once (no loop, or a loop that runs once) is not fan-out
/// (test-inputs/fanout-loop-runs-once), and neither is a stack object per round, which is
/// gone before the next one (test-inputs/lifetime-stack-object-per-iteration).
void describeFanout(const Merged &M, const std::vector<const SocketSite *> &Group,
                    const std::map<std::string, unsigned> *Reach,
                    const std::set<std::string> &PerItem,
                    const std::map<std::string, const PerRequestFact *> &PerRequest, Socket &S) {
  auto Set = [&](std::string Why, const SourceLoc &Where) {
    S.Unbounded = true;
    S.UnboundedEvidence = std::move(Why);
    S.UnboundedLoc = Where;
  };
  // Opened from a server's per-request callback into something that lives per request (a
  // local, a container element, an object made there): one per request
  // (test-inputs/fanout-per-request-handler). A long-lived member reopened there is one
  // socket.
  auto Request = [&](const std::string &F) -> const PerRequestFact * {
    auto It = PerRequest.find(F);
    return It == PerRequest.end() ? nullptr : It->second;
  };
  for (const SocketSite *G : Group)
    if (const PerRequestFact *R = Request(G->Function);
        R && (G->Holder.Kind == SlotKind::Local || G->Holder.Kind == SlotKind::Element ||
              G->Holder.Kind == SlotKind::Temporary)) {
      S.PerRequest = true;
      return Set("one per request: opened from a per-request handler (" + R->Detail + ")",
                 R->Loc);
    }
  for (const InstantiationFact *I : instancesHolding(M, S.Holder, Reach))
    if (const PerRequestFact *R = Request(I->Function)) {
      S.PerRequest = true;
      return Set("one " + I->Name + " (and so one socket) per request, created in a "
                 "per-request handler (" + R->Detail + ")",
                 I->Loc);
    }
  // A container's element opened in a function the client calls once per item (from a
  // loop, through any depth of calls): a per-account map (test-inputs/fanout-per-account-map).
  for (const SocketSite *G : Group)
    if (G->Holder.Kind == SlotKind::Element && !G->In.repeats() && PerItem.count(G->Function))
      return Set("opened for each element, in a function called once per item", G->Loc);
  for (const SocketSite *G : Group) {
    if (!G->In.repeats())
      continue;
    if (G->Holder.Kind == SlotKind::Element)
      return Set("opened for each element, in a loop", G->Loc);
    if (G->Holder.Kind == SlotKind::Local && G->Holder.DeclaredInLoop && G->Holder.Escapes)
      return Set("opened in each round of a loop and kept beyond it (moved, stored or "
                 "captured)",
                 G->Loc);
  }
  for (const InstantiationFact *I : instancesHolding(M, S.Holder, Reach))
    if ((I->Life == Lifetime::Kept || I->Element) &&
        (I->In.repeats() || (I->Element && PerItem.count(I->Function)))) {
      Set("one " + I->Name + " (and so one socket) per item, created here and kept", I->Loc);
      // A boundary stated at the loop or the owner justifies the fan-out (gateway-assigned
      // shards): test-inputs/fanout-justified-shards.
      for (const auto &[Loc, Text] : I->BoundaryComments)
        if (auto B = parseBoundaryComment(Text); B && B->valid() &&
                                                 !(S.Annotation && S.Annotation->valid())) {
          B->Loc = Loc;
          S.Annotation = *B;
        }
      return;
    }
}

/// Reach: the client's functions (null: any function counts, for sockets no entry reaches).
std::vector<Socket> socketsOf(const Merged &M, const std::vector<const SocketSite *> &Sites,
                              const Config &Cfg, const std::map<std::string, unsigned> *Reach) {
  // Group sites by slot; a site with no slot (a temporary) is a socket of its own.
  std::map<std::string, std::vector<const SocketSite *>> BySlot;
  std::vector<std::string> Order;
  for (const SocketSite *S : Sites) {
    std::string Key = slotKey(S->Holder, S->Loc);
    if (!BySlot.count(Key))
      Order.push_back(Key);
    BySlot[Key].push_back(S);
  }
  // Functions the client runs once per item: called from a loop that repeats, and what
  // they call.
  std::set<std::string> PerItem;
  for (const auto &[Caller, Edges] : M.EdgesOf)
    if (!Reach || Reach->count(Caller))
      for (const CallEdge &E : Edges)
        if (E.InLoop && E.Kind != EdgeKind::Callback && !PerItem.count(E.Callee)) {
          std::set<std::string> Down = closure(M.Direct, E.Callee, Reach);
          PerItem.insert(Down.begin(), Down.end());
        }
  // Functions that run once per request of a server, and the handler that makes them so.
  std::map<std::string, const PerRequestFact *> PerRequest;
  for (const PerRequestFact &R : M.PerRequest)
    if (!Reach || Reach->count(R.Function))
      for (const auto &F : closure(M.Direct, R.Function, Reach))
        PerRequest.emplace(F, &R);
  std::vector<Socket> Out;
  for (const auto &Key : Order) {
    const auto &Group = BySlot[Key];
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
    // websocketpp endpoint apply to its connections).
    std::vector<Evidence> Evs;
    std::set<std::string> Sources = {S.Holder.USR};
    for (const SocketSite *G : Group)
      if (!G->OwnerUSR.empty())
        Sources.insert(G->OwnerUSR);
    for (const auto &Src : Sources)
      if (auto It = M.EvidenceBySlot.find(Src); It != M.EvidenceBySlot.end() && !Src.empty())
        Evs.insert(Evs.end(), It->second.begin(), It->second.end());
    describeHeartbeat(M, Evs, S);
    describeReconnect(M, Evs, Sources, Group, Reach, S);
    if (!S.Heartbeat && S.HeartbeatEvidence.empty())
      S.HeartbeatEvidence = "no heartbeat option or ping found for this socket";
    attachBoundary(Group, Cfg, S);
    describeFanout(M, Group, Reach, PerItem, PerRequest, S);
    Out.push_back(std::move(S));
  }
  return Out;
}

/// Separates a socket's key from the instance holding it in a unit (USRs use '#').
constexpr char UnitSeparator = '\x1f';

/// Without an entry point nothing says what runs together: every socket counts once.
void countEverySocket(Client &C) {
  for (Socket &S : C.Sockets)
    S.AtOnce = S.Unbounded ? 0 : 1;
}

/// How many sockets the client holds at once (see AtOnce.h). Each opening makes its socket
/// alive, unless objects holding it are made in the client's code: then each such object
/// does, one unit per instance (test-inputs/instances-in-another-tu). Fan-out sockets are
/// counted by their own check.
void countAtOnce(const Merged &M, const std::vector<const SocketSite *> &Mine,
                 const std::map<std::string, unsigned> &Reach,
                 const std::vector<std::string> &Roots, Client &C) {
  Timeline T;
  std::map<std::string, Socket *> ByKey;
  for (Socket &S : C.Sockets)
    if (!S.Unbounded)
      ByKey[slotKey(S.Holder, S.Loc)] = &S;
  std::set<std::string> Carried;
  for (auto &[Key, S] : ByKey)
    for (const InstantiationFact *I : instancesHolding(M, S->Holder, &Reach)) {
      Carried.insert(Key);
      Step St;
      St.Loc = I->Loc;
      St.Branch = I->In.Branch;
      St.Units = {Key + UnitSeparator + I->Loc.File + ":" + std::to_string(I->Loc.Line) + ":" +
                  std::to_string(I->Loc.Column)};
      St.Scoped = I->Life == Lifetime::Scoped;
      // Constructed where it is declared: in a block when in an arm (a pseudo-arm "after an
      // early return" runs to the function's end anyway).
      St.BlockScoped = St.Scoped && !I->In.Branch.empty();
      T[I->Function].push_back(std::move(St));
    }
  for (const SocketSite *Site : Mine) {
    std::string Key = slotKey(Site->Holder, Site->Loc);
    if (!ByKey.count(Key) || Carried.count(Key))
      continue;
    Step St;
    St.Loc = Site->Loc;
    St.Branch = Site->In.Branch;
    St.Units = {Key};
    // A local's socket dies with its function unless it escapes.
    St.Scoped = Site->Holder.Kind == SlotKind::Local && !Site->Holder.Escapes;
    St.BlockScoped = St.Scoped && Site->Holder.DeclaredInLoop;
    T[Site->Function].push_back(std::move(St));
  }
  for (const auto &[Caller, Edges] : M.EdgesOf) {
    if (!Reach.count(Caller))
      continue;
    for (const CallEdge &E : Edges) {
      Step St;
      St.K = E.Kind == EdgeKind::Callback ? Step::Handoff : Step::Call;
      St.Loc = E.Loc;
      St.Branch = E.Branch;
      St.Callee = E.Callee;
      T[Caller].push_back(std::move(St));
    }
  }
  for (const auto &U : peakUnits(T, Roots))
    if (auto It = ByKey.find(U.substr(0, U.find(UnitSeparator))); It != ByKey.end())
      ++It->second->AtOnce;
}

/// An `entry:` item: "function" or "file:function" (the last single ':' splits them).
std::pair<std::string, std::string> splitEntrySpec(const std::string &Spec) {
  for (size_t I = Spec.size(); I-- > 0;)
    if (Spec[I] == ':' && (I == 0 || Spec[I - 1] != ':') &&
        (I + 1 == Spec.size() || Spec[I + 1] != ':'))
      return {Spec.substr(0, I), Spec.substr(I + 1)};
  return {"", Spec};
}

/// The functions an `entry:` item names. `main` is the free function, never a member named
/// main; a file part, or the client's `paths:`, narrows the candidates. Naming nothing, or
/// one name defined in several files (several programs' mains), is a configuration error
/// that lists the candidates (test-inputs/entry-points-configured,
/// tests/robustness).
std::vector<const FunctionFact *> resolveEntry(const Merged &M, const std::string &Spec,
                                               const std::vector<std::string> &Paths,
                                               const Config &Cfg, unsigned Line, Graph &G) {
  auto [File, Function] = splitEntrySpec(Spec);
  std::vector<const FunctionFact *> Found;
  for (const auto &[USR, F] : M.Functions) {
    if (F.Kind != NodeKind::Function)
      continue;
    bool Named = Function == "main" ? F.Name == "main" : nameMatches(F.Name, Function);
    bool InFile = File.empty() || F.Loc.File == File || matchesAnyGlob({File}, F.Loc.File);
    if (Named && InFile && (Paths.empty() || matchesAnyGlob(Paths, F.Loc.File)))
      Found.push_back(&F);
  }
  auto Where = [](const FunctionFact *F) {
    return F->Loc.File + ":" + std::to_string(F->Loc.Line) + " (" + F->Name + ")";
  };
  std::string At = (Cfg.File.empty() ? std::string("config") : Cfg.File) + ":" +
                   std::to_string(Line) + ": ";
  std::map<std::string, std::set<std::string>> FilesOf;
  for (const FunctionFact *F : Found)
    FilesOf[F->Name].insert(F->Loc.File);
  for (const auto &[Name, Files] : FilesOf)
    if (Files.size() > 1) {
      std::vector<std::string> Candidates;
      for (const FunctionFact *F : Found)
        if (F->Name == Name)
          Candidates.push_back(Where(F));
      G.ConfigErrors.push_back(
          {false, At + "entry '" + Spec + "' names '" + Name + "' in several programs: " +
                      llvm::join(Candidates, ", ") + "; write 'FILE:" + Function +
                      "' or give the client 'paths:'"});
      return {};
    }
  if (Found.empty()) {
    // Candidates: functions with the same last name anywhere, else the entry points found.
    llvm::StringRef Last = llvm::StringRef(Function).rsplit("::").second;
    if (Last.empty())
      Last = Function;
    std::vector<std::string> Candidates;
    for (const auto &[USR, F] : M.Functions)
      if (F.Kind == NodeKind::Function &&
          (llvm::StringRef(F.Name).ends_with_insensitive(Last) || F.IsEntry) &&
          Candidates.size() < 10)
        Candidates.push_back(Where(&F));
    G.ConfigErrors.push_back(
        {true, At + "entry '" + Spec + "' names no function of the analysed code" +
                   (Candidates.empty() ? std::string()
                                       : "; candidates: " + llvm::join(Candidates, ", "))});
  }
  return Found;
}

/// The name a USR ends in: "c:@N@app@S@Feed@F@open#" → "open", "c:@ws_transport" →
/// "ws_transport". Good enough to ask whether a file writes it.
std::string nameInUSR(llvm::StringRef USR) {
  size_t At = USR.rfind("@F@");
  if (At != llvm::StringRef::npos)
    USR = USR.drop_front(At + 3);
  else if ((At = USR.rfind("@FI@")) != llvm::StringRef::npos)
    USR = USR.drop_front(At + 4);
  else if ((At = USR.find('@')) != llvm::StringRef::npos)
    USR = USR.drop_front(At + 1);
  return USR.take_until([](char C) { return C == '#' || C == '@' || C == '>' || C == '('; })
      .str();
}

/// A client may be missing code when it reaches a function a failed TU defines, or one no
/// TU defines that a TU cut short names (or whose file could not even be read): its
/// definition may be among what that TU lost. A TU with recoverable errors only has
/// recorded every function it defines (tests/robustness: "syntax error and missing header").
/// Without an entry point, or with sockets gathered by path, any failed TU (matching the
/// paths) may hold the client's code.
void markIncomplete(const Merged &M, const std::map<std::string, unsigned> &Reach,
                    const ClientDecl *Decl, Client &C) {
  std::set<std::string> Units;
  bool ByPath = Decl && !Decl->Paths.empty();
  for (const auto &U : M.FailedUnits)
    if (C.Entry.empty() || (ByPath && matchesAnyGlob(Decl->Paths, U)))
      Units.insert(U);
  for (const auto &[USR, Order] : Reach) {
    if (auto It = M.FailedUnitsOf.find(USR); It != M.FailedUnitsOf.end()) {
      Units.insert(It->second.begin(), It->second.end());
      continue;
    }
    if (M.Functions.count(USR) || M.FailedUnits.empty())
      continue;
    std::string Name = nameInUSR(USR);
    for (const auto &[Unit, Mentions] : M.FailedMentions)
      if (Mentions.empty() || Mentions.count(Name))
        Units.insert(Unit);
  }
  C.Incomplete = !Units.empty();
  C.IncompleteUnits.assign(Units.begin(), Units.end());
}

/// The peer drives the heartbeat: code that runs on the socket's events answers (or
/// expects) a pong, so pings come and go on the connection without the client timing them
/// (test-inputs/heartbeat-peer-driven). Which socket the pong is for is known only when the
/// client has one (test-inputs/heartbeat-peer-driven-lookalikes).
void describePeerHeartbeat(const Merged &M, const std::map<std::string, unsigned> &Reach,
                           Socket &S) {
  if (S.Heartbeat)
    return;
  for (const Evidence &P : M.Pongs)
    if (Reach.count(P.Function) && M.OnEvents.count(P.Function)) {
      S.Heartbeat = true;
      S.HeartbeatEvidence = "the peer drives it: the client answers its pings (" + P.Detail +
                            "), in code run on the socket's events";
      S.HeartbeatLoc = P.Loc;
      S.HeartbeatCondition.clear();
      return;
    }
}

std::string clientNameForEntry(const FunctionFact &F, const Config &Cfg, bool Single) {
  if (Single)
    return Cfg.ProjectName.empty() ? F.Name : Cfg.ProjectName;
  // Several entry points: name each after its file (apps/desk/main.cpp → "desk").
  llvm::StringRef Stem = llvm::sys::path::stem(F.Loc.File);
  if (Stem == "main") {
    llvm::StringRef Dir = llvm::sys::path::filename(llvm::sys::path::parent_path(F.Loc.File));
    if (!Dir.empty())
      return Dir.str();
  }
  return Stem.empty() ? F.Name : Stem.str();
}

} // namespace

Graph buildGraph(const FactSet &Facts, const Config &Cfg) {
  Merged M = mergeFacts(Facts);
  Graph G;
  std::set<const SocketSite *> Assigned;

  auto MakeClient = [&](const std::string &Name, const ClientDecl *Decl,
                        std::vector<std::string> Entries, SourceLoc EntryLoc,
                        const std::vector<std::string> &Roots,
                        const std::map<std::string, unsigned> &Reach,
                        std::optional<ClientKind> ImpliedKind) {
    Client C;
    C.Name = Name;
    C.EntryLoc = EntryLoc;
    C.Entry = std::move(Entries);
    markIncomplete(M, Reach, Decl, C);
    std::vector<const SocketSite *> Mine;
    for (const auto &S : M.Sites)
      if (Reach.count(S.Function) || (Decl && matchesAnyGlob(Decl->Paths, S.Loc.File))) {
        Mine.push_back(&S);
        Assigned.insert(&S);
      }
    // Number sockets in the order the client reaches them; path-glob sites and sites of
    // one function keep source order.
    auto Rank = [&](const SocketSite *S) {
      auto It = Reach.find(S->Function);
      return It == Reach.end() ? ~0u : It->second;
    };
    std::stable_sort(Mine.begin(), Mine.end(), [&](const SocketSite *A, const SocketSite *B) {
      return Rank(A) < Rank(B);
    });
    // What the compile target implies (an iOS or Android build: mobile; WebAssembly: a
    // browser), from the TU of the first entry that has one, else of the first site: the
    // config's stated kind wins (test-inputs/target-kind-*).
    if (!ImpliedKind) {
      std::vector<std::string> Where = Roots;
      for (const SocketSite *S : Mine)
        Where.push_back(S->Function);
      for (const auto &F : Where)
        if (auto It = M.TargetKindOf.find(F); It != M.TargetKindOf.end()) {
          ImpliedKind = parseClientKind(It->second);
          break;
        }
    }
    C.Kind = Decl && Decl->Kind ? *Decl->Kind
             : ImpliedKind && !Cfg.DefaultKindStated ? *ImpliedKind
                                                     : Cfg.DefaultKind;
    // A library that only runs in one kind of client says so (Emscripten: a browser).
    if (!(Decl && Decl->Kind))
      for (const SocketSite *S : Mine)
        if (auto K = parseClientKind(S->ClientKind)) {
          C.Kind = *K;
          break;
        }
    C.Limits = Cfg.budgetFor(Decl, C.Kind);
    C.Sockets = socketsOf(M, Mine, Cfg, &Reach);
    // Why each socket is in the client: the shortest way from the entry to its first site.
    if (!Roots.empty()) {
      auto Parents = shortestParents(M, Roots);
      for (Socket &S : C.Sockets)
        for (const SocketSite *Site : Mine)
          if (Site->Loc == S.Loc && Reach.count(Site->Function)) {
            S.Path = pathTo(M, Parents, Site->Function, Site->Loc, "'" + S.Holder.Name + "'");
            break;
          }
    }
    if (Roots.empty() || (Decl && !Decl->Paths.empty()))
      countEverySocket(C);
    else
      countAtOnce(M, Mine, Reach, Roots, C);
    if (C.Sockets.size() == 1)
      describePeerHeartbeat(M, Reach, C.Sockets.front());
    // A field holding functions may be given more of them anywhere in the program.
    C.SelfContained = !C.Entry.empty() && !(Decl && !Decl->Paths.empty()) &&
                      std::all_of(Reach.begin(), Reach.end(), [&](const auto &R) {
                        auto It = M.Functions.find(R.first);
                        return It != M.Functions.end() && It->second.Kind != NodeKind::Field &&
                               It->second.Kind != NodeKind::Framework;
                      });
    G.Clients.push_back(std::move(C));
  };

  if (!Cfg.Clients.empty()) {
    for (const auto &D : Cfg.Clients) {
      std::vector<std::string> Roots, Names;
      SourceLoc EntryLoc;
      for (const auto &E : D.Entry)
        for (const FunctionFact *F : resolveEntry(M, E, D.Paths, Cfg, D.EntryLine, G)) {
          Roots.push_back(F->USR);
          Names.push_back(F->Name);
          if (!EntryLoc.valid())
            EntryLoc = F->Loc;
        }
      MakeClient(D.Name, &D, Names, EntryLoc, Roots, reachableFrom(M, Roots), std::nullopt);
    }
  } else {
    // Entry points found in the code, and those the config names (each a client named
    // after its function). Entry points that imply a kind of client (a JNI library's
    // exports: mobile) are together one client of that kind: the app that loads the code.
    std::vector<const FunctionFact *> Entries;
    std::map<std::string, std::vector<const FunctionFact *>> ByKind;
    std::set<const FunctionFact *> Configured;
    for (const auto &E : Cfg.EntryFunctions)
      for (const FunctionFact *F : resolveEntry(M, E, {}, Cfg, Cfg.EntryLine, G))
        Configured.insert(F);
    for (const auto &[USR, F] : M.Functions)
      if (Configured.count(&F) || (F.IsEntry && F.ClientKind.empty()))
        Entries.push_back(&F);
      else if (F.IsEntry)
        ByKind[F.ClientKind].push_back(&F);
    auto ByLoc = [](const FunctionFact *A, const FunctionFact *B) { return A->Loc < B->Loc; };
    std::sort(Entries.begin(), Entries.end(), ByLoc);
    if (Entries.empty() && ByKind.empty()) {
      // No entry: the program is everything there is (a library, an app whose main is not
      // in the database), so every function runs in it, and its sockets come in source
      // order. A close handler that reopens a socket is then followed too
      // (test-inputs/socketrocket-library-reconnect).
      std::map<std::string, unsigned> All;
      for (const auto &S : M.Sites)
        All.emplace(S.Function, 0);
      for (const auto &[USR, F] : M.Functions)
        All.emplace(USR, 0);
      MakeClient(Cfg.ProjectName, nullptr, {}, {}, {}, All, std::nullopt);
    }
    std::set<std::string> Names;
    size_t Clients = Entries.size() + ByKind.size();
    for (const FunctionFact *E : Entries) {
      std::string Name = Configured.count(E) ? E->Name
                                             : clientNameForEntry(*E, Cfg, Clients == 1);
      if (!Names.insert(Name).second)
        Name = E->Loc.File; // two entry files with the same name: fall back to the path
      MakeClient(Name, nullptr, {E->Name}, E->Loc, {E->USR}, reachableFrom(M, {E->USR}),
                 std::nullopt);
    }
    for (auto &[Kind, Group] : ByKind) {
      std::sort(Group.begin(), Group.end(), ByLoc);
      std::vector<std::string> Roots, EntryNames;
      for (const FunctionFact *E : Group) {
        Roots.push_back(E->USR);
        EntryNames.push_back(E->Name);
      }
      std::string Name = Clients == 1 && !Cfg.ProjectName.empty()
                             ? Cfg.ProjectName
                             : Cfg.ProjectName + " (" + Kind + ")";
      MakeClient(Name, nullptr, EntryNames, Group.front()->Loc, Roots, reachableFrom(M, Roots),
                 parseClientKind(Kind));
    }
  }

  // Sockets no client reaches still get their per-socket checks, in a pseudo-client.
  std::vector<const SocketSite *> Rest;
  for (const auto &S : M.Sites)
    if (!Assigned.count(&S))
      Rest.push_back(&S);
  if (!Rest.empty()) {
    Client C;
    C.Name = Cfg.ProjectName + " (not reached from an entry point)";
    C.Kind = Cfg.DefaultKind;
    C.Limits = Cfg.budgetFor(nullptr, C.Kind);
    C.Unreached = true;
    C.Incomplete = !M.FailedUnits.empty();
    C.IncompleteUnits.assign(M.FailedUnits.begin(), M.FailedUnits.end());
    C.Sockets = socketsOf(M, Rest, Cfg, nullptr);
    countEverySocket(C);
    G.Clients.push_back(std::move(C));
  }
  // Keep clients without sockets out of the graph unless the config named them.
  G.Clients.erase(std::remove_if(G.Clients.begin(), G.Clients.end(),
                                 [&](const Client &C) {
                                   return C.Sockets.empty() && Cfg.Clients.empty();
                                 }),
                  G.Clients.end());
  return G;
}

std::set<std::string> namesLeadingToSockets(const FactSet &Facts) {
  std::map<std::string, std::vector<std::string>> Callers;
  std::map<std::string, const FunctionFact *> Nodes;
  std::set<std::string> Seen;
  std::deque<std::string> Work;
  auto Reach = [&](const std::string &USR) {
    if (!USR.empty() && Seen.insert(USR).second)
      Work.push_back(USR);
  };
  for (const auto &U : Facts.Units) {
    for (const auto &F : U.Functions)
      Nodes.emplace(F.USR, &F);
    for (const auto &E : U.Edges)
      Callers[E.Callee].push_back(E.Caller);
    for (const auto &S : U.Sites)
      Reach(S.Function);
    for (const auto &E : U.Evidences)
      Reach(E.Function);
    for (const auto &B : U.Bindings)
      Reach(B.Caller);
  }
  while (!Work.empty()) {
    std::string F = std::move(Work.front());
    Work.pop_front();
    for (const auto &C : Callers[F])
      Reach(C);
  }
  std::set<std::string> Names;
  for (const auto &USR : Seen) {
    auto It = Nodes.find(USR);
    if (It == Nodes.end() || It->second->IsEntry)
      continue;
    llvm::StringRef Name = It->second->Name;
    Name = Name.substr(Name.rfind("::") == llvm::StringRef::npos ? 0 : Name.rfind("::") + 2);
    // Operators and lambdas are not called by a name another file would write.
    if (Name.empty() || Name.starts_with("operator") || Name.starts_with("~") ||
        Name.contains('(') || Name.contains('<'))
      continue;
    Names.insert(Name.str());
  }
  return Names;
}

} // namespace wslint
