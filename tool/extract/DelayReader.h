// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// Delays and timers: waits before something runs, how they grow, the loops that wait and the
// callbacks timers run.
#pragma once

#include "CallReader.h"
#include "PlaceReader.h"

#include <map>
#include <set>
#include <tuple>

namespace wslint {
namespace extract {

/// Records delays (DelayFact) and classifies them fixed, exponential or jittered.
class DelayReader {
public:
  DelayReader(TUContext &TU, const PlaceReader &Places, const CallReader &Calls)
      : TU(TU), Places(Places), Calls(Calls) {}

  /// A call the rules name as a delay or a timer wait (matched on its own: a timer is not
  /// a socket).
  void onDelay(const CallView &C);
  /// An assignment of the user's code, for telling growing delays from fixed ones.
  void recordAssignment(const NamedDecl *Var, std::string Op, const Expr *Value);
  /// Is the node inside a loop that waits between rounds?
  bool inWaitingLoop(const Stmt *S) const;
  /// Does the loop wait between rounds (a delay inside it)?
  bool waitsBetweenRounds(const Stmt *Loop) const { return Loop && WaitingLoops.count(Loop); }
  /// How long the loop waits in place each round, in seconds (its shortest blocking wait
  /// written in it); 0 when it does not, or when a wait of it is not a constant.
  double roundSeconds(const Stmt *Loop) const;
  /// Once every assignment of the TU has been seen: the delays, classified, into the facts.
  void finish();

private:
  bool containsRandom(const Expr *E) const;
  std::vector<const NamedDecl *> referencedVars(const Expr *E) const;
  bool multipliesOrShifts(const Expr *E) const;
  std::string classifyDelay(const Expr *Arg) const;
  std::vector<std::tuple<std::string, const Expr *, bool>>
  assignmentsTo(const NamedDecl *D) const;

  TUContext &TU;
  const PlaceReader &Places;
  const CallReader &Calls;
  void addLoopsCallingBlockers();
  /// What From arms runs Callback again and again.
  void addRepeatingEdge(const std::string &From, const Decl *Callback, SourceLoc At);
  bool mayReturnTrue(const Decl *Callback) const;
  bool waitsNoTime(const Expr *Arg) const;
  bool madeSingleShot(const Expr *Timer, const std::string &Method,
                      const Decl *In) const;

  /// Loops that wait between rounds (a delay inside them): what runs there repeats over
  /// time, not just over items.
  std::set<const Stmt *> WaitingLoops;
  std::map<const Stmt *, std::vector<double>> RoundWaits; ///< for roundSeconds
  /// Functions of the TU that always block when called (a blocking delay outside any
  /// branch or loop of theirs, or a call of such a function): a loop calling one waits.
  std::set<const Decl *> Blockers;
  std::vector<std::pair<std::string, std::string>> PendingWaits; ///< (function, callback)
  std::map<const NamedDecl *, std::vector<std::pair<std::string, const Expr *>>> Assignments;
  std::vector<std::pair<DelayFact, const Expr *>> PendingDelays;
};

} // namespace extract
} // namespace wslint
