// SPDX-License-Identifier: Apache-2.0
#include "Owners.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <deque>

namespace wslint {
namespace merge {
namespace {

using EdgesByCaller = std::map<std::string, std::vector<const CallEdge *>>;

/// Calls from code the client runs that stay on the caller's object (a call on `this`, a
/// callable handed on, a free function: no member named), or go into a member inside the
/// owners (Inner), which is the owner's too.
EdgesByCaller sameObjectEdges(const Program &M, const std::map<std::string, unsigned> &Reach,
                              const std::set<std::string> &Inner) {
  EdgesByCaller Same;
  for (const CallEdge &E : M.Edges)
    if ((E.Receiver.empty() || Inner.count(E.Receiver)) && Reach.count(E.Caller) &&
        Reach.count(E.Callee))
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

/// Does Function run on one of the owners' objects?
bool onAnOwner(const std::vector<Owner> &All, const std::string &Function) {
  return std::any_of(All.begin(), All.end(),
                     [&](const Owner &O) { return O.Runs.count(Function) != 0; });
}

/// The functions that call on O's member (the callers of Owner::Calls).
std::set<std::string> callersOf(const Owner &O) {
  std::set<std::string> Out;
  for (const CallEdge *E : O.Calls)
    Out.insert(E->Caller);
  return Out;
}

/// What runs on O's object, breadth first from the calls on it (Owner::Runs, ::Parents).
/// A callable kept in storage on the object (a wrapper's `std::function` close callback)
/// runs for O only when code of O's put it there: its own object's code, or code that calls
/// on O's member (CallEdge::Via). Each feature's callback on its own link is its own, not
/// every owner's (test-inputs/identity/owners-reconnect-their-own, callback).
void runsOn(const EdgesByCaller &Same, Owner &O) {
  std::set<std::string> Callers = callersOf(O);
  std::deque<std::string> Work;
  std::vector<const CallEdge *> Stored; // waiting for the code that stored them
  auto Visit = [&](const CallEdge *E) {
    if (!E->Via.empty() && !O.Runs.count(E->Via) && !Callers.count(E->Via)) {
      Stored.push_back(E);
      return;
    }
    if (O.Runs.insert(E->Callee).second) {
      Work.push_back(E->Callee);
      O.Parents[E->Callee] = E;
    }
  };
  for (const CallEdge *E : O.Calls)
    Visit(E);
  for (bool More = true; More;) {
    while (!Work.empty()) {
      std::string F = std::move(Work.front());
      Work.pop_front();
      if (auto It = Same.find(F); It != Same.end())
        for (const CallEdge *E : It->second)
          Visit(E);
    }
    // The code that stores a callable may be found after the storage that holds it.
    std::vector<const CallEdge *> Waiting = std::move(Stored);
    Stored.clear();
    for (const CallEdge *E : Waiting)
      Visit(E);
    More = !Work.empty();
  }
}

/// What runs again and again on O's object (Owner::Repeats): the callees of calls on it
/// made from code that repeats (or from a loop that waits), the callees of repeating calls
/// and the callbacks of re-arming timers within its own code, and what those call directly
/// on the same object.
std::set<std::string> repeatsOn(const Program &M, const EdgesByCaller &Same, const Owner &O) {
  std::set<std::string> Seeds;
  for (const CallEdge *E : O.Calls)
    if (E->Kind == EdgeKind::Repeating || (!handsOn(E->Kind) && M.Periodic.count(E->Caller)))
      Seeds.insert(E->Callee);
  std::map<std::string, std::vector<std::string>> Direct;
  for (const auto &[Caller, Edges] : Same)
    if (O.Runs.count(Caller))
      for (const CallEdge *E : Edges)
        if (!handsOn(E->Kind)) {
          Direct[Caller].push_back(E->Callee);
          if (E->Kind == EdgeKind::Repeating && !fromCallbackField(M, Caller))
            Seeds.insert(E->Callee);
        }
  for (const auto &[Function, Ds] : M.DelaysByFunction)
    if (O.Runs.count(Function))
      for (const DelayFact &D : Ds)
        for (const auto &Cb : D.Callbacks)
          if (O.Runs.count(Cb) && rearms(M, D, Cb))
            Seeds.insert(Cb);
  return repeatingWith(M, Direct, Seeds);
}

} // namespace

std::vector<Owner> ownersOf(const Program &M, const std::vector<const SocketSite *> &Group,
                            const std::map<std::string, unsigned> &Reach,
                            const SlotObjects &Slots, std::string &Unknown) {
  std::map<std::string, std::vector<const CallEdge *>> Into; // callee -> edges
  for (const CallEdge &E : M.Edges)
    if (Reach.count(E.Caller) && Reach.count(E.Callee) &&
        (E.Receiver.empty() || E.Receiver == OtherObject || M.Members.count(E.Receiver)))
      Into[E.Callee].push_back(&E);
  // The members whose code reaches an opening: back from the openings over calls that stay
  // on one object, to the calls that name a member. When that is one member, its owners are
  // looked for the same way, from the code that calls on it (owners of owners: two
  // `Feature`s of one `App`, each with its `Link`: identity/owners-of-owners).
  std::vector<std::string> Inner; // the members inside the owners, outermost first
  std::set<std::string> From;
  for (const SocketSite *S : Group)
    From.insert(S->Function);
  std::map<std::string, std::set<std::string>> Members; // member -> callers that name it
  for (unsigned Depth = 0; Depth < 8; ++Depth) {
    Members.clear();
    std::set<std::string> Seen = From;
    std::deque<std::string> Work(From.begin(), From.end());
    while (!Work.empty()) {
      std::string F = std::move(Work.front());
      Work.pop_front();
      if (auto It = Into.find(F); It != Into.end())
        for (const CallEdge *E : It->second) {
          if (E->Receiver == OtherObject || Slots.Others.count(E->Receiver))
            continue; // on an object none of these owns (the check below says so)
          if (!E->Receiver.empty() && !Slots.Own.count(E->Receiver) &&
              std::find(Inner.begin(), Inner.end(), E->Receiver) == Inner.end())
            Members[E->Receiver].insert(E->Caller);
          else if (Seen.insert(E->Caller).second)
            Work.push_back(E->Caller);
        }
    }
    if (Members.size() != 1)
      break;
    Inner.insert(Inner.begin(), Members.begin()->first);
    From = std::move(Members.begin()->second);
  }
  if (Members.size() < 2)
    return {};
  std::set<std::string> SameObject(Inner.begin(), Inner.end());
  SameObject.insert(Slots.Own.begin(), Slots.Own.end());
  EdgesByCaller Same = sameObjectEdges(M, Reach, SameObject);
  std::vector<Owner> Out;
  std::set<std::string> All;
  for (const auto &[Mb, Callers] : Members) {
    Owner O;
    O.Member = &M.Members.at(Mb);
    O.Key = Mb;
    O.Name = O.Member->Name;
    for (const auto &I : Inner) {
      O.Key += ">" + I;
      O.Name += " → " + M.Members.at(I).Name;
    }
    O.Calls = callsOn(M, Mb, Reach);
    runsOn(Same, O);
    All.insert(O.Runs.begin(), O.Runs.end());
    Out.push_back(std::move(O));
  }
  // A callable handed on by the code that calls on the members, and run only on the objects
  // of members that code calls on (a close callback given to the owner's own link): it runs
  // for those owners, which is no unnamed call.
  std::map<const Owner *, std::set<std::string>> Callers;
  for (const Owner &O : Out)
    Callers[&O] = callersOf(O);
  auto HandedByItsOwners = [&](const CallEdge &E) {
    return handsOn(E.Kind) &&
           std::all_of(Out.begin(), Out.end(), [&](const Owner &O) {
             return !O.Runs.count(E.Callee) || Callers[&O].count(E.Caller);
           });
  };
  // Code that reaches the owners' code without naming an owner (from outside it, or on
  // another object from anywhere): whose object it runs on is unknown, so the owners cannot
  // be told apart.
  for (const auto &F : All)
    if (auto It = Into.find(F); It != Into.end())
      for (const CallEdge *E : It->second)
        if (E->Receiver == OtherObject ||
            ((E->Receiver.empty() || SameObject.count(E->Receiver)) && !All.count(E->Caller) &&
             !HandedByItsOwners(*E))) {
          std::vector<std::string> Names;
          for (const Owner &O : Out)
            Names.push_back("'" + O.Name + "'");
          Unknown =
              "owners " + llvm::join(Names, ", ") +
              " not told apart: " + stepName(M, E->Caller) + " calls " +
              stepName(M, E->Callee) +
              (E->Loc.valid() ? " (" + E->Loc.File + ":" + std::to_string(E->Loc.Line) + ")"
                              : std::string()) +
              " without naming whose object it runs on";
          return {};
        }
  for (Owner &O : Out)
    O.Repeats = repeatsOn(M, Same, O);
  std::sort(Out.begin(), Out.end(),
            [](const Owner &A, const Owner &B) { return A.Name < B.Name; });
  return Out;
}

std::string ownerSlotKey(const std::string &Member, const std::string &SlotKey) {
  return Member.empty() ? SlotKey : Member + ">" + SlotKey;
}

bool belongsTo(const std::vector<Owner> &All, const Owner &O, const std::string &Function) {
  return O.Runs.count(Function) || !onAnOwner(All, Function);
}

bool periodicFor(const Program &M, const std::vector<Owner> &All, const Owner &O,
                 const std::string &Function) {
  return O.Repeats.count(Function) || (M.Periodic.count(Function) && !onAnOwner(All, Function));
}

bool wayFor(const std::vector<Owner> &All, const Owner &O, const std::set<std::string> &On) {
  auto Passes = [&](const Owner &P) {
    return std::any_of(P.Calls.begin(), P.Calls.end(),
                       [&](const CallEdge *E) { return On.count(E->Caller) != 0; });
  };
  return Passes(O) || std::none_of(All.begin(), All.end(), Passes);
}

Ways waysThrough(const Ways &W, const Owner &O) {
  Ways Out = W;
  for (const auto &[F, E] : O.Parents)
    Out.Parents[F] = E;
  return Out;
}

} // namespace merge
} // namespace wslint
