// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// Where a node sits in its function: the code that holds it, the loops around it and
// whether it runs on every round, the branch arms and conditions it runs under
// (Placement, as facts spell it).
#pragma once

#include "TUContext.h"

namespace wslint {
namespace extract {

/// The function, loops and branches around a node, innermost first.
struct Context {
  /// The code that holds the node: a function (a lambda's call operator), an
  /// Objective-C method or a block.
  const Decl *Function = nullptr;
  const Stmt *InnermostLoop = nullptr;
  /// An `if`, `switch` or `?:` lies between the node and its innermost loop: the node
  /// does not run on every round.
  bool ConditionalInLoop = false;
  /// The node is in an arm of such a branch (not in its condition), and the branches'
  /// conditions.
  bool InArmInLoop = false;
  llvm::SmallVector<const Expr *, 2> ConditionsInLoop;
  /// Conditions the node runs under in its function, innermost first: the condition of
  /// each `if` or `?:` whose branch holds it, and of each `switch` whose body does.
  llvm::SmallVector<const Expr *, 2> Conditions;
  unsigned LoopDepth = 0;
  bool InnermostLoopIsRangeFor = false;
  bool InnermostLoopRunsOnce = false;
  /// The innermost loop steps through items (a `for` with an increment: an index or an
  /// iterator) and never leaves early: it runs once per item, not until something works.
  bool InnermostLoopPerItem = false;
  /// The branch arms around the node, innermost first: the branch statement and an arm
  /// key (0/1 for if/else and `?:`, the case label's offset for a switch).
  llvm::SmallVector<std::pair<const Stmt *, unsigned>, 2> Arms;
};

/// Reads the surroundings of nodes: Context and its Placement.
class PlaceReader {
public:
  explicit PlaceReader(TUContext &TU) : TU(TU) {}

  /// The function whose body holds the node (a lambda's call operator for code inside a
  /// lambda) and how many loops of that function surround it.
  Context contextOf(DynTypedNode N) const;
  Placement placementOf(const Context &C) const;
  /// The loops and branch arms around a statement inside its function.
  Placement placementAt(const Stmt &S) const;
  /// The innermost loop around a node when the node runs on every round of it.
  static const Stmt *everyRoundLoop(const Context &C);

private:
  /// The arm keys of a loop body and of a braced block (Placement::Branch spells them
  /// "loop" and "block").
  static constexpr unsigned LoopArm = ~0u, BlockArm = ~0u - 1;

  static bool alwaysLeaves(const Stmt *S);
  static void armsAfter(const IfStmt *If, Context &C);
  void armsFromSiblings(const CompoundStmt *Block, const Stmt *Child, const Stmt *Switch,
                        Context &C) const;
  static const Stmt *loopBody(const Stmt *Loop);
  std::string branchOf(const Context &C) const;
  bool testsSocket(const Expr *Cond) const;
  bool runsOnce(const Stmt *Loop) const;
  static bool perItem(const Stmt *Loop);
  static bool leavesEarly(const Stmt *S, bool Nested);

  TUContext &TU;
};

} // namespace extract
} // namespace wslint
