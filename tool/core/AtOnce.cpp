// SPDX-License-Identifier: Apache-2.0
#include "AtOnce.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <algorithm>

namespace wslint {
namespace {

using Units = std::set<std::string>;

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
  explicit Walker(const Timeline &T) : T(T) {}

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
      S.Alive.insert(C.Peak.begin(), C.Peak.end());
      S.Alive.insert(C.Left.begin(), C.Left.end());
      S.consider(S.Alive);
      return;
    }
    }
  }

  const Timeline &T;
  std::map<std::string, Summary> Memo;
  std::set<std::string> Active;
};

} // namespace

std::set<std::string> peakUnits(const Timeline &T, const std::vector<std::string> &Roots) {
  Walker W(T);
  Units Alive;
  for (const auto &R : Roots) {
    Summary S = W.run(R);
    Alive.insert(S.Peak.begin(), S.Peak.end());
    Alive.insert(S.Left.begin(), S.Left.end());
  }
  return Alive;
}

} // namespace wslint
