// SPDX-License-Identifier: Apache-2.0
#include "Reach.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <algorithm>
#include <deque>
#include <utility>

namespace wslint {
namespace merge {
namespace {

/// Walks the functions reachable from Roots over call edges, depth first in source order
/// (each root's reach in turn) or breadth first. A function in storage is reached only once
/// the code that stored it is (CallEdge::Via): a callback field shared by several programs
/// holds, in each, only what that program puts there. An override is reached only once the
/// walk has met code that makes an object of its class, or of a class derived from it
/// (CallEdge::Class; rapid type analysis): static objects are made from the start.
/// Reached(F, By) sees each function once, in walk order, with the edge that reached it (null
/// for a root); Made(Class, By) each class made, with the instantiation that made it first.
/// Last: functions whose calls are followed only once nothing else is left (teardown and
/// close handlers, for the ways a reader is shown).
template <typename Fn, typename MadeFn>
void walkCalls(const Program &M, const std::vector<std::string> &Roots, bool BreadthFirst,
               Fn Reached, MadeFn Made, const std::set<std::string> *Last = nullptr) {
  std::set<std::string> Seen, Classes;
  std::vector<const CallEdge *> Waiting, Deferred;
  std::deque<std::pair<const std::string *, size_t>> Work; // a function, its next edge
  auto Make = [&](const std::string &F) {
    if (auto It = M.InstancesIn.find(F); It != M.InstancesIn.end())
      for (size_t I : It->second)
        for (const auto &C : M.Instances[I].Covers)
          if (Classes.insert(C).second)
            Made(C, M.Instances[I]);
  };
  auto Ready = [&](const CallEdge &E) {
    return (E.Via.empty() || Seen.count(E.Via)) && (E.Class.empty() || Classes.count(E.Class));
  };
  auto Enter = [&](const std::string &F, const CallEdge *By) {
    if (Seen.insert(F).second) {
      Reached(F, By);
      Make(F);
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
      if (Last && Last->count(E.Caller) && !Seen.count(E.Callee))
        Deferred.push_back(&E);
      else if (!Ready(E))
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
  Make(""); // static objects
  for (const auto &R : Roots)
    Start(R, nullptr);
  Drain();
  for (bool More = true; More;) {
    for (bool Progress = true; Progress;) {
      Progress = false;
      std::vector<const CallEdge *> Still;
      for (const CallEdge *E : std::exchange(Waiting, {}))
        if (Ready(*E)) {
          Progress = Progress || !Seen.count(E->Callee);
          Start(E->Callee, E);
        } else {
          Still.push_back(E);
        }
      Drain();
      Waiting.insert(Waiting.end(), Still.begin(), Still.end());
    }
    // Then the calls of the functions kept for last, in the order they were met.
    More = !Deferred.empty();
    for (const CallEdge *E : std::exchange(Deferred, {}))
      if (!Ready(*E))
        Waiting.push_back(E);
      else
        Start(E->Callee, E);
    Drain();
  }
}

/// Teardown and close handling: destructors, code that closes a socket, and handlers
/// registered for a socket's close. A way from the entry through them (main calls stop(),
/// which closes, whose handler reopens) is shown only when there is no other
/// (test-inputs/reports/paths-avoid-teardown).
std::set<std::string> teardownFunctions(const Program &M) {
  std::set<std::string> Out;
  for (const auto &[Slot, Closers] : M.ClosersOf)
    Out.insert(Closers.begin(), Closers.end());
  for (const auto &[Slot, Hs] : M.HandlersBySlot)
    for (const HandlerFact &H : Hs)
      Out.insert(H.Handler);
  for (const auto &[USR, F] : M.Functions)
    if (isDestructor(M, USR))
      Out.insert(USR);
  return Out;
}

/// Where what runs periodically starts: the callees of repeating calls (a loop that waits
/// between rounds), and the callbacks of timers that re-arm themselves (the callback,
/// through direct calls, arms the same timer again).
std::set<std::string> periodicRoots(const Program &M) {
  std::set<std::string> Roots;
  for (const auto &[Caller, Edges] : M.EdgesOf)
    for (const CallEdge &E : Edges)
      if (E.Kind == EdgeKind::Repeating)
        Roots.insert(E.Callee);
  for (const auto &[Function, Ds] : M.DelaysByFunction)
    for (const DelayFact &D : Ds)
      for (const auto &Cb : D.Callbacks)
        if (rearms(M, D, Cb))
          Roots.insert(Cb);
  return Roots;
}

/// What runs periodically (periodicRoots), then everything those call directly.
std::set<std::string> periodicFunctions(const Program &M) {
  return repeatingWith(M, M.Direct, periodicRoots(M));
}

} // namespace

bool isDestructor(const Program &M, const std::string &Function) {
  auto It = M.Functions.find(Function);
  if (It == M.Functions.end())
    return false;
  llvm::StringRef Name(It->second.Name);
  size_t At = Name.rfind("::");
  return Name.substr(At == llvm::StringRef::npos ? 0 : At + 2).starts_with("~");
}

std::string stepName(const Program &M, const std::string &USR) {
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

/// What a callback field holds runs when the code decides to call it (on a close, on a
/// message), not every round: the periodic code's reach stops there
/// (test-inputs/reconnect/reconnect-paths-across-functions).
bool fromCallbackField(const Program &M, const std::string &Caller) {
  auto It = M.Functions.find(Caller);
  return It != M.Functions.end() && It->second.Kind == NodeKind::Field;
}

std::set<std::string>
repeatingWith(const Program &M, const std::map<std::string, std::vector<std::string>> &Direct,
              const std::set<std::string> &Roots) {
  std::map<std::string, std::vector<std::string>> Repeating;
  for (const auto &[Caller, Callees] : Direct)
    if (!fromCallbackField(M, Caller))
      Repeating.emplace(Caller, Callees);
  std::set<std::string> Out;
  for (const auto &R : Roots)
    if (!Out.count(R)) {
      std::set<std::string> From = closure(Repeating, R);
      Out.insert(From.begin(), From.end());
    }
  return Out;
}

bool rearms(const Program &M, const DelayFact &D, const std::string &Cb) {
  // A callback that arms its own timer again runs every period (a heartbeat re-armed by
  // binding its own member function, an emscripten_set_timeout that names its own function:
  // test-inputs/libraries/emscripten/emscripten-heartbeat-timers), unless it is where a
  // socket is opened: there it schedules itself again to retry a connect that failed
  // (test-inputs/libraries/libwebsockets/libwebsockets-retry-policy).
  if (Cb == D.Function)
    return std::none_of(M.Sites.begin(), M.Sites.end(),
                        [&](const SocketSite &S) { return S.Function == Cb; });
  return closure(M.Direct, Cb).count(D.Function) != 0;
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

/// Functions reachable from Roots, numbered in depth-first order over call edges in source
/// order: the order in which a client runs into its opening calls.
Reached reachFrom(const Program &M, const std::vector<std::string> &Roots) {
  Reached R;
  walkCalls(
      M, Roots, /*BreadthFirst=*/false,
      [&](const std::string &F, const CallEdge *) { R.Order.emplace(F, R.Order.size()); },
      [&](const std::string &Class, const InstantiationFact &) { R.Made.insert(Class); });
  return R;
}

Ways shortestWays(const Program &M, const std::vector<std::string> &Roots) {
  Ways W;
  std::set<std::string> Last = teardownFunctions(M);
  walkCalls(
      M, Roots, /*BreadthFirst=*/true,
      [&](const std::string &F, const CallEdge *By) {
        if (By)
          W.Parents.emplace(F, By);
      },
      [&](const std::string &Class, const InstantiationFact &By) { W.MadeBy.emplace(Class, &By); },
      &Last);
  return W;
}

void keepLiveOverrides(Program &M, const std::set<std::string> &Made) {
  size_t Before = M.Edges.size();
  M.Edges.erase(std::remove_if(M.Edges.begin(), M.Edges.end(),
                               [&](const CallEdge &E) {
                                 return !E.Class.empty() && !Made.count(E.Class);
                               }),
                M.Edges.end());
  if (M.Edges.size() != Before)
    indexEdges(M);
}

/// The way Parents records from the client's entry to Function, then the opening at Site.
std::vector<PathStep> pathTo(const Program &M, const Ways &W, const std::string &Function,
                             const SourceLoc &Site, const std::string &What) {
  std::vector<PathStep> Steps;
  std::set<std::string> Seen;
  for (std::string F = Function; Seen.insert(F).second;) {
    auto It = W.Parents.find(F);
    if (It == W.Parents.end())
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
    // An edge no call expression makes between two functions: a virtual's override, live
    // in this program because it makes an object of the override's class.
    else if (!E.Loc.valid()) {
      Text = "a call of " + From + " runs its override " + To;
      if (auto Made = W.MadeBy.find(E.Class); Made != W.MadeBy.end()) {
        const InstantiationFact &I = *Made->second;
        Text += " (the program makes a" +
                std::string(I.Function.empty() ? " static " : " ") + "'" + I.Name + "' at " +
                I.Loc.File + ":" + std::to_string(I.Loc.Line) + ")";
      }
    }
    else if (E.Kind == EdgeKind::Callback)
      Text = From + " hands on " + To + ", which runs later";
    else if (E.Kind == EdgeKind::Thread)
      Text = From + " runs " + To + " on a thread of its own or a pool's";
    else if (E.Kind == EdgeKind::Posted)
      Text = From + " posts " + To + " to an executor, which runs it once";
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

void findRepeatingCode(Program &M) {
  M.Periodic = periodicFunctions(M);
  if (!M.Pongs.empty())
    for (const auto &Cb : M.Callbacks)
      if (!M.OnEvents.count(Cb))
        for (const auto &F : closure(M.Direct, Cb))
          M.OnEvents.insert(F);
}

} // namespace merge

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
