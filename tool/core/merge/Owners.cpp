// SPDX-License-Identifier: Apache-2.0
#include "Owners.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <deque>

namespace wslint {
namespace merge {
namespace {

using EdgesByCaller = std::map<std::string, std::vector<const CallEdge *>>;

/// Calls from code the client runs that name no member: they stay on the caller's object
/// (a call on `this`, a callable handed on, a free function).
EdgesByCaller sameObjectEdges(const Program &M, const std::map<std::string, unsigned> &Reach) {
  EdgesByCaller Same;
  for (const CallEdge &E : M.Edges)
    if (E.Receiver.empty() && Reach.count(E.Caller) && Reach.count(E.Callee))
      Same[E.Caller].push_back(&E);
  return Same;
}

/// The calls on Member from code the client runs, the earliest reached caller first.
std::vector<const CallEdge *> callsOn(const Program &M, const std::string &Member,
                                      const std::map<std::string, unsigned> &Reach) {
  std::vector<const CallEdge *> Out;
  for (const CallEdge &E : M.Edges)
    if (E.Receiver == Member && Reach.count(E.Caller) && Reach.count(E.Callee))
      Out.push_back(&E);
  std::stable_sort(Out.begin(), Out.end(), [&](const CallEdge *A, const CallEdge *B) {
    return Reach.at(A->Caller) < Reach.at(B->Caller);
  });
  return Out;
}

/// What runs on Member's object, breadth first from the calls on it; Parents, when given,
/// gets the edge each function is first reached by.
std::set<std::string> runsOn(const Program &M, const EdgesByCaller &Same,
                             const std::string &Member,
                             const std::map<std::string, unsigned> &Reach,
                             std::map<std::string, const CallEdge *> *Parents = nullptr) {
  std::set<std::string> Runs;
  std::deque<std::string> Work;
  auto Visit = [&](const CallEdge *E) {
    if (Runs.insert(E->Callee).second) {
      Work.push_back(E->Callee);
      if (Parents)
        (*Parents)[E->Callee] = E;
    }
  };
  for (const CallEdge *E : callsOn(M, Member, Reach))
    Visit(E);
  while (!Work.empty()) {
    std::string F = std::move(Work.front());
    Work.pop_front();
    if (auto It = Same.find(F); It != Same.end())
      for (const CallEdge *E : It->second)
        Visit(E);
  }
  return Runs;
}

/// What runs again and again on O's object: the callees of calls on it made from code that
/// repeats (or from a loop that waits), the callees of repeating calls and the callbacks of
/// re-arming timers within its own code, and what those call directly on the same object.
std::set<std::string> periodicOn(const Program &M, const EdgesByCaller &Same, const Owner &O,
                                 const std::map<std::string, unsigned> &Reach) {
  std::set<std::string> Seeds;
  for (const CallEdge *E : callsOn(M, O.Member->USR, Reach))
    if (E->Kind == EdgeKind::Repeating || (!handsOn(E->Kind) && M.Periodic.count(E->Caller)))
      Seeds.insert(E->Callee);
  std::map<std::string, std::vector<std::string>> Direct;
  for (const auto &[Caller, Edges] : Same)
    if (O.Runs.count(Caller) && !fromCallbackField(M, Caller))
      for (const CallEdge *E : Edges)
        if (!handsOn(E->Kind)) {
          Direct[Caller].push_back(E->Callee);
          if (E->Kind == EdgeKind::Repeating)
            Seeds.insert(E->Callee);
        }
  for (const auto &[Function, Ds] : M.DelaysByFunction)
    if (O.Runs.count(Function))
      for (const DelayFact &D : Ds)
        for (const auto &Cb : D.Callbacks)
          if (O.Runs.count(Cb) && rearms(M, D, Cb))
            Seeds.insert(Cb);
  std::set<std::string> Out;
  for (const auto &S : Seeds)
    if (!Out.count(S)) {
      std::set<std::string> From = closure(Direct, S);
      Out.insert(From.begin(), From.end());
    }
  return Out;
}

} // namespace

std::vector<Owner> ownersOf(const Program &M, const std::vector<const SocketSite *> &Group,
                            const std::map<std::string, unsigned> &Reach,
                            std::string &Unknown) {
  // The members whose code reaches an opening: back from the openings over calls that stay
  // on one object, to the calls that name a member.
  std::map<std::string, std::vector<const CallEdge *>> Into; // callee -> edges
  for (const CallEdge &E : M.Edges)
    if (Reach.count(E.Caller) && Reach.count(E.Callee) &&
        (E.Receiver.empty() || M.Members.count(E.Receiver)))
      Into[E.Callee].push_back(&E);
  std::set<std::string> Members, Seen;
  std::deque<std::string> Work;
  for (const SocketSite *S : Group)
    if (Seen.insert(S->Function).second)
      Work.push_back(S->Function);
  while (!Work.empty()) {
    std::string F = std::move(Work.front());
    Work.pop_front();
    if (auto It = Into.find(F); It != Into.end())
      for (const CallEdge *E : It->second)
        if (!E->Receiver.empty())
          Members.insert(E->Receiver);
        else if (Seen.insert(E->Caller).second)
          Work.push_back(E->Caller);
  }
  if (Members.size() < 2)
    return {};
  EdgesByCaller Same = sameObjectEdges(M, Reach);
  std::vector<Owner> Out;
  std::set<std::string> All;
  for (const auto &Mb : Members) {
    Owner O;
    O.Member = &M.Members.at(Mb);
    O.Runs = runsOn(M, Same, Mb, Reach);
    All.insert(O.Runs.begin(), O.Runs.end());
    Out.push_back(std::move(O));
  }
  // Code that reaches the owners' code without naming a member: whose object it runs on is
  // unknown, so the owners cannot be told apart.
  for (const auto &F : All)
    if (auto It = Into.find(F); It != Into.end())
      for (const CallEdge *E : It->second)
        if (E->Receiver.empty() && !All.count(E->Caller)) {
          std::vector<std::string> Names;
          for (const Owner &O : Out)
            Names.push_back("'" + O.Member->Name + "'");
          Unknown =
              "owners " + llvm::join(Names, ", ") +
              " not told apart: " + stepName(M, E->Caller) + " calls " +
              stepName(M, E->Callee) +
              (E->Loc.valid() ? " (" + E->Loc.File + ":" + std::to_string(E->Loc.Line) + ")"
                              : std::string()) +
              " without naming whose object it runs on";
          return {};
        }
  for (Owner &O : Out) {
    for (const auto &F : M.Periodic)
      if (!All.count(F))
        O.Periodic.insert(F);
    std::set<std::string> Own = periodicOn(M, Same, O, Reach);
    O.Periodic.insert(Own.begin(), Own.end());
  }
  std::sort(Out.begin(), Out.end(),
            [](const Owner &A, const Owner &B) { return A.Member->Name < B.Member->Name; });
  return Out;
}

std::string ownerSlotKey(const std::string &Member, const std::string &SlotKey) {
  return Member.empty() ? SlotKey : Member + ">" + SlotKey;
}

bool belongsTo(const std::vector<Owner> &All, const Owner &O, const std::string &Function) {
  return O.Runs.count(Function) ||
         std::none_of(All.begin(), All.end(),
                      [&](const Owner &Other) { return Other.Runs.count(Function) != 0; });
}

Ways waysThrough(const Program &M, const Ways &W, const std::string &Member,
                 const std::map<std::string, unsigned> &Reach) {
  Ways Out = W;
  std::map<std::string, const CallEdge *> Parents;
  runsOn(M, sameObjectEdges(M, Reach), Member, Reach, &Parents);
  for (const auto &[F, E] : Parents)
    Out.Parents[F] = E;
  return Out;
}

} // namespace merge
} // namespace wslint
