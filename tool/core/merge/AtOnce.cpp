// SPDX-License-Identifier: Apache-2.0
#include "AtOnce.h"
#include "Evidence.h"
#include "Owners.h"
#include "Reach.h"
#include "Sockets.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <algorithm>

namespace wslint {
namespace merge {
namespace {

using Units = std::set<std::string>;

/// Separates a socket's key from the instance holding it in a unit (USRs use '#').
constexpr char UnitSeparator = '\x1f';

/// What a call of a function does to the units alive: the largest set alive at one point
/// during the call (Peak), and what is still alive when it returns (Left).
struct Summary {
  Units Peak, Left;
};

/// The arms of a Placement::Branch, outermost first: (branch, arm).
std::vector<std::pair<std::string, std::string>> armsOf(const std::string &Branch) {
  std::vector<std::pair<std::string, std::string>> Out;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  llvm::StringRef(Branch).split(Parts, ';', -1, false);
  for (llvm::StringRef P : Parts)
    Out.emplace_back(P.split('=').first.str(), P.split('=').second.str());
  return Out;
}

class Walker {
public:
  Walker(const Timeline &T, std::map<std::string, PathStep> *Origins)
      : T(T), Origins(Origins) {}

  Summary run(const std::string &F) {
    if (auto It = Memo.find(F); It != Memo.end())
      return It->second;
    if (!Active.insert(F).second)
      return {}; // recursion: the outer call already counts what this one opens
    State S;
    auto It = T.find(F);
    if (It != T.end()) {
      std::vector<const Step *> Steps;
      for (const Step &St : It->second)
        Steps.push_back(&St);
      // Source order; steps no call expression places (virtual overrides) last.
      std::stable_sort(Steps.begin(), Steps.end(), [](const Step *A, const Step *B) {
        if (A->Loc.valid() != B->Loc.valid())
          return A->Loc.valid();
        return A->Loc < B->Loc;
      });
      sequence(Steps, 0, S);
    }
    Active.erase(F);
    Summary Out;
    Out.Peak = std::move(S.Peak);
    for (const auto &U : S.Alive)
      if (!S.Scoped.count(U))
        Out.Left.insert(U);
    return Memo[F] = Out;
  }

private:
  struct State {
    Units Alive, Scoped, Peak;
    /// Units that die at the end of the arm being run.
    Units BlockScoped;
    void consider(const Units &Now) {
      if (Now.size() > Peak.size())
        Peak = Now;
    }
  };

  /// Runs Steps, the part of a function at branch nesting Level.
  void sequence(const std::vector<const Step *> &Steps, size_t Level, State &S) {
    for (size_t I = 0; I < Steps.size();) {
      auto Arms = armsOf(Steps[I]->Branch);
      if (Arms.size() <= Level) {
        apply(*Steps[I++], S);
        continue;
      }
      // The steps of one branch, split by arm; the branch's outcome is its worst arm.
      const std::string Id = Arms[Level].first;
      std::vector<std::string> Order;
      std::map<std::string, std::vector<const Step *>> ByArm;
      for (; I < Steps.size(); ++I) {
        auto A = armsOf(Steps[I]->Branch);
        if (A.size() <= Level || A[Level].first != Id)
          break;
        if (!ByArm.count(A[Level].second))
          Order.push_back(A[Level].second);
        ByArm[A[Level].second].push_back(Steps[I]);
      }
      State Worst = S;
      bool First = true;
      for (const auto &Arm : Order) {
        State Copy = S;
        Copy.BlockScoped.clear();
        sequence(ByArm[Arm], Level + 1, Copy);
        // The arm's block is over (a loop's round, a braced block): what it declared is gone.
        for (const auto &U : Copy.BlockScoped)
          Copy.Alive.erase(U);
        Copy.BlockScoped = S.BlockScoped;
        if (First || Copy.Peak.size() > Worst.Peak.size() ||
            (Copy.Peak.size() == Worst.Peak.size() && Copy.Alive.size() > Worst.Alive.size()))
          Worst = std::move(Copy);
        First = false;
      }
      // An arm that may not run at all (an `if` without `else`) leaves S as it was: the
      // worst arm still counts, as it may run.
      S = std::move(Worst);
    }
  }

  void apply(const Step &St, State &S) {
    switch (St.K) {
    case Step::Open:
      for (const auto &U : St.Units) {
        S.Alive.insert(U);
        if (St.Scoped)
          S.Scoped.insert(U);
        if (St.PerRun)
          PerRun.insert(U);
        if (Origins && !St.What.empty())
          Origins->emplace(U, PathStep{St.Loc, St.What});
        if (St.BlockScoped)
          S.BlockScoped.insert(U);
      }
      S.consider(S.Alive);
      return;
    case Step::Call: {
      Summary C = run(St.Callee);
      Units During = S.Alive;
      During.insert(C.Peak.begin(), C.Peak.end());
      S.consider(During);
      S.Alive.insert(C.Left.begin(), C.Left.end());
      S.consider(S.Alive);
      return;
    }
    case Step::Handoff: {
      // Runs later, perhaps while anything else is alive: all it may hold counts from now.
      Summary C = run(St.Callee);
      for (const Units *Held : {&C.Peak, &C.Left})
        for (const auto &U : *Held)
          S.Alive.insert(St.OwnThread ? onThreadOf(St, U) : U);
      S.consider(S.Alive);
      return;
    }
    }
  }

  /// A unit as held by the thread St starts: the callee's own objects (a local connection,
  /// a stack object holding one) are that thread's, apart from every other start's
  /// (test-inputs/lifetime/threads-per-feature); a member or a kept object is the same one
  /// whichever thread uses it (threads-per-feature-lookalikes/member-restarted).
  std::string onThreadOf(const Step &St, const std::string &U) {
    if (!PerRun.count(U))
      return U;
    std::string Mine = U + UnitSeparator + "thread " + St.Loc.File + ":" +
                       std::to_string(St.Loc.Line) + ":" + std::to_string(St.Loc.Column);
    PerRun.insert(Mine);
    if (Origins)
      Origins->emplace(Mine, PathStep{St.Loc, St.What});
    return Mine;
  }

  const Timeline &T;
  std::map<std::string, PathStep> *Origins;
  /// Units that are a new object each time the function opening them runs.
  Units PerRun;
  std::map<std::string, Summary> Memo;
  std::set<std::string> Active;
};

} // namespace

std::set<std::string> peakUnits(const Timeline &T, const std::vector<std::string> &Roots,
                                std::map<std::string, PathStep> *Origins) {
  Walker W(T, Origins);
  Units Alive;
  for (const auto &R : Roots) {
    Summary S = W.run(R);
    Alive.insert(S.Peak.begin(), S.Peak.end());
    Alive.insert(S.Left.begin(), S.Left.end());
  }
  return Alive;
}

void countEverySocket(Client &C) {
  for (Socket &S : C.Sockets)
    S.AtOnce = S.Unbounded ? 0 : 1;
}

/// How many sockets the client holds at once (see AtOnce.h: peakUnits). Each opening makes its
/// socket alive, unless objects holding it are made in the client's code: then each such object
/// does, one unit per instance (test-inputs/lifetime/instances-in-another-tu). Fan-out sockets are
/// counted by their own check.
void countAtOnce(const Program &M, const std::vector<const SocketSite *> &Mine,
                 const std::map<std::string, unsigned> &Reach,
                 const std::vector<std::string> &Roots, Client &C) {
  Timeline T;
  std::map<std::string, Socket *> ByKey;
  for (Socket &S : C.Sockets)
    if (!S.Unbounded)
      ByKey[slotKey(S.Holder, S.Loc)] = &S;
  std::set<std::string> Carried;
  for (auto &[Key, S] : ByKey)
    for (const InstantiationFact *I : instancesHolding(M, *S, &Reach)) {
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
      St.PerRun = St.Scoped;
      St.What = "an instance of '" + I->Name + "' made in " + stepName(M, I->Function);
      T[I->Function].push_back(std::move(St));
    }
  for (const SocketSite *Site : Mine) {
    std::string Key = slotKey(Site->Holder, Site->Loc);
    // The socket of the site's slot, or each owner's copy whose sites it is (Owners.h).
    std::vector<std::string> Keys;
    for (const auto &[K, S] : ByKey)
      if (!Carried.count(K) && K == ownerSlotKey(S->Owner, Key) &&
          std::find(S->Sites.begin(), S->Sites.end(), Site->Loc) != S->Sites.end())
        Keys.push_back(K);
    if (Keys.empty())
      continue;
    Step St;
    St.Loc = Site->Loc;
    St.Branch = Site->In.Branch;
    St.Units = Keys;
    // A local's socket dies with its function unless it escapes.
    St.Scoped = Site->Holder.Kind == SlotKind::Local && !Site->Holder.Escapes;
    St.BlockScoped = St.Scoped && Site->Holder.DeclaredInLoop;
    // An owner's copy is counted by the owner's objects, whichever thread opens it
    // (test-inputs/identity/owners-of-local-connections, two-links).
    St.PerRun = St.Scoped && std::all_of(Keys.begin(), Keys.end(), [&](const std::string &K) {
                  return ByKey.at(K)->Owner.empty();
                });
    T[Site->Function].push_back(std::move(St));
  }
  for (const auto &[Caller, Edges] : M.EdgesOf) {
    if (!Reach.count(Caller))
      continue;
    for (const CallEdge &E : Edges) {
      Step St;
      St.K = handsOn(E.Kind) ? Step::Handoff : Step::Call;
      St.OwnThread = E.Kind == EdgeKind::Thread;
      if (St.OwnThread)
        St.What = stepName(M, Caller) + " starts " + stepName(M, E.Callee) +
                  " on a thread of its own";
      St.Loc = E.Loc;
      St.Branch = E.Branch;
      St.Callee = E.Callee;
      T[Caller].push_back(std::move(St));
    }
  }
  std::map<std::string, PathStep> Origins;
  for (const auto &U : peakUnits(T, Roots, &Origins))
    if (auto It = ByKey.find(U.substr(0, U.find(UnitSeparator))); It != ByKey.end()) {
      ++It->second->AtOnce;
      if (auto O = Origins.find(U); O != Origins.end())
        It->second->Copies.push_back(O->second);
    }
  // Where each copy comes from, when all of several are known (Socket::Copies).
  for (auto &[Key, S] : ByKey) {
    if (S->AtOnce < 2 || S->Copies.size() != S->AtOnce) {
      S->Copies.clear();
      continue;
    }
    std::stable_sort(S->Copies.begin(), S->Copies.end(),
                     [](const PathStep &A, const PathStep &B) { return A.Loc < B.Loc; });
  }
}

} // namespace merge
} // namespace wslint
