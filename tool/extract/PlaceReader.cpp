// SPDX-License-Identifier: Apache-2.0
#include "PlaceReader.h"

#include "clang/AST/ParentMapContext.h"

namespace wslint {
namespace extract {

/// Does the statement always leave its function (return, throw, a call that does not
/// return)? The code after an `if` whose arm does is that branch's other arm.
bool PlaceReader::alwaysLeaves(const Stmt *S) {
  if (!S)
    return false;
  if (isa<ReturnStmt>(S) || isa<CXXThrowExpr>(S))
    return true;
  if (const auto *CS = dyn_cast<CompoundStmt>(S))
    return !CS->body_empty() && alwaysLeaves(CS->body_back());
  if (const auto *If = dyn_cast<IfStmt>(S))
    return If->getElse() && alwaysLeaves(If->getThen()) && alwaysLeaves(If->getElse());
  if (const auto *E = dyn_cast<ExprWithCleanups>(S))
    return alwaysLeaves(E->getSubExpr());
  if (const auto *C = dyn_cast<CallExpr>(S))
    if (const FunctionDecl *FD = C->getDirectCallee())
      return FD->isNoReturn();
  return false;
}

/// The code after an `if` runs only when no arm that always leaves ran: after
/// `if (a) { …; return; } else if (b) { …; return; }` it is in the other arm of both.
void PlaceReader::armsAfter(const IfStmt *If, Context &C) {
  if (alwaysLeaves(If->getThen())) {
    C.Arms.push_back({If, 1});
    if (const auto *ElseIf = dyn_cast_or_null<IfStmt>(If->getElse()))
      armsAfter(ElseIf, C);
  } else if (If->getElse() && alwaysLeaves(If->getElse())) {
    C.Arms.push_back({If, 0});
  }
}

/// The arms a statement of a block runs in because of its earlier siblings: after
/// `if (…) { …; return; }` it is in that `if`'s other arm; in a switch body, in the arm of
/// the last case label before it.
void PlaceReader::armsFromSiblings(const CompoundStmt *Block, const Stmt *Child,
                                   const Stmt *Switch, Context &C) const {
  const Stmt *Case = nullptr;
  Context Earlier; // arms in source order (outermost first)
  for (const Stmt *Sibling : Block->body()) {
    if (isa<SwitchCase>(Sibling))
      Case = Sibling;
    if (Sibling == Child)
      break;
    if (const auto *If = dyn_cast<IfStmt>(Sibling))
      armsAfter(If, Earlier);
  }
  // C.Arms is innermost first: the earlier ifs from the last one back, then the case arm
  // that holds them all.
  C.Arms.append(Earlier.Arms.rbegin(), Earlier.Arms.rend());
  if (Switch && Case)
    C.Arms.push_back(
        {Switch, TU.ast().getSourceManager().getFileOffset(
                     TU.ast().getSourceManager().getFileLoc(Case->getBeginLoc()))});
}

const Stmt *PlaceReader::loopBody(const Stmt *Loop) {
  if (const auto *F = dyn_cast<ForStmt>(Loop))
    return F->getBody();
  if (const auto *W = dyn_cast<WhileStmt>(Loop))
    return W->getBody();
  if (const auto *D = dyn_cast<DoStmt>(Loop))
    return D->getBody();
  if (const auto *R = dyn_cast<CXXForRangeStmt>(Loop))
    return R->getBody();
  return nullptr;
}

/// The branch arms of a context as Placement::Branch spells them: outermost first.
std::string PlaceReader::branchOf(const Context &C) const {
  std::string Out;
  for (auto It = C.Arms.rbegin(); It != C.Arms.rend(); ++It) {
    SourceLoc L = TU.loc(It->first->getBeginLoc());
    if (!Out.empty())
      Out += ';';
    Out += std::to_string(L.Line) + ":" + std::to_string(L.Column) + "=" +
           (It->second == LoopArm    ? std::string("loop")
            : It->second == BlockArm ? std::string("block")
                                     : std::to_string(It->second));
  }
  return Out;
}

/// Does a condition look at a socket (a socket, a pointer to one, a call on one)?
bool PlaceReader::testsSocket(const Expr *Cond) const {
  for (const auto &M : match(findAll(expr().bind("e")), *Cond, TU.ast()))
    if (const auto *E = M.getNodeAs<Expr>("e");
        E && !E->getType().isNull() && TU.libraryOfHolder(E->getType()))
      return true;
  return false;
}

Placement PlaceReader::placementOf(const Context &C) const {
  Placement P;
  P.LoopDepth = C.LoopDepth;
  // A retry runs on every round: a call under an `if` in the loop runs when something
  // asks for it (a command typed at a prompt: `if (line == "/start") chat.start();`), not
  // again and again by itself (test-inputs/reconnect/reconnect-retry-loop-through-helper).
  // Under a test of the socket's own state (`if (!ws || ws->getReadyState() == CLOSED)`)
  // it is a watchdog: it reopens whenever the socket is down
  // (test-inputs/reconnect/reconnect-watchdog-loop).
  bool AskedFor =
      C.InArmInLoop && !std::all_of(C.ConditionsInLoop.begin(), C.ConditionsInLoop.end(),
                                    [&](const Expr *E) { return testsSocket(E); });
  P.InRetryLoop = C.LoopDepth > 0 && !C.InnermostLoopIsRangeFor && !C.InnermostLoopRunsOnce &&
                  !C.InnermostLoopPerItem && !AskedFor;
  P.LoopRunsOnce = C.InnermostLoopRunsOnce;
  P.LoopPerItem = C.LoopDepth > 0 && !C.InnermostLoopRunsOnce &&
                  (C.InnermostLoopIsRangeFor || C.InnermostLoopPerItem);
  P.Branch = branchOf(C);
  return P;
}

/// Does the loop provably run at most once? for (i = A; i < B; ++i) with B - A <= 1, and
/// do … while (false) (test-inputs/fanout/fanout-loop-runs-once).
bool PlaceReader::runsOnce(const Stmt *Loop) const {
  if (const auto *D = dyn_cast<DoStmt>(Loop)) {
    bool Value = true;
    return D->getCond()->EvaluateAsBooleanCondition(Value, TU.ast()) && !Value;
  }
  const auto *F = dyn_cast<ForStmt>(Loop);
  if (!F || !F->getInit() || !F->getCond() || !F->getInc())
    return false;
  const auto *DS = dyn_cast<DeclStmt>(F->getInit());
  const auto *V = DS && DS->isSingleDecl() ? dyn_cast<VarDecl>(DS->getSingleDecl()) : nullptr;
  const auto *Cond = dyn_cast<BinaryOperator>(F->getCond()->IgnoreParenImpCasts());
  const auto *Inc = dyn_cast<UnaryOperator>(F->getInc()->IgnoreParenImpCasts());
  if (!V || !V->getInit() || !Cond || !Inc || !Inc->isIncrementOp())
    return false;
  auto IsV = [&](const Expr *E) {
    const auto *R = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    return R && R->getDecl() == V;
  };
  Expr::EvalResult A, B;
  if (!IsV(Inc->getSubExpr()) || !IsV(Cond->getLHS()) ||
      !V->getInit()->EvaluateAsInt(A, TU.ast()) || !Cond->getRHS()->EvaluateAsInt(B, TU.ast()))
    return false;
  int64_t Trips = B.Val.getInt().getExtValue() - A.Val.getInt().getExtValue();
  if (Cond->getOpcode() == BO_LE)
    ++Trips;
  else if (Cond->getOpcode() != BO_LT && Cond->getOpcode() != BO_NE)
    return false;
  return Trips <= 1;
}

/// A `for` with an increment (an index or an iterator stepping through items) whose body
/// never breaks out or returns: one round per item, not a retry until something works
/// (`for (int attempt = 0; attempt < 5; ++attempt) { if (connect()) break; … }` is a retry).
/// (test-inputs/lifetime/lifetime-escapes-iteration)
bool PlaceReader::perItem(const Stmt *Loop) {
  const auto *F = dyn_cast<ForStmt>(Loop);
  return F && F->getInc() && F->getCond() && !leavesEarly(F->getBody(), false);
}

/// Does S return, or break out of the loop it is in (Nested: S is inside an inner loop or
/// switch, whose breaks are its own)?
bool PlaceReader::leavesEarly(const Stmt *S, bool Nested) {
  if (!S || isa<LambdaExpr>(S))
    return false;
  if (isa<ReturnStmt>(S) || isa<GotoStmt>(S))
    return true;
  if (isa<BreakStmt>(S))
    return !Nested;
  bool Inner = Nested || isa<ForStmt>(S) || isa<WhileStmt>(S) || isa<DoStmt>(S) ||
               isa<CXXForRangeStmt>(S) || isa<SwitchStmt>(S);
  for (const Stmt *Child : S->children())
    if (leavesEarly(Child, Inner))
      return true;
  return false;
}

Context PlaceReader::contextOf(DynTypedNode N) const {
  Context C;
  while (true) {
    auto Parents = TU.ast().getParents(N);
    if (Parents.empty())
      return C;
    const Stmt *From = N.get<Stmt>();
    N = Parents[0];
    if (const auto *If = N.get<IfStmt>(); If && If->getCond() != From) {
      C.Conditions.push_back(If->getCond());
      if (From && (From == If->getThen() || From == If->getElse()))
        C.Arms.push_back({If, From == If->getThen() ? 0u : 1u});
    } else if (const auto *CO = N.get<ConditionalOperator>(); CO && CO->getCond() != From) {
      C.Conditions.push_back(CO->getCond());
      C.Arms.push_back({CO, From == CO->getTrueExpr() ? 0u : 1u});
    } else if (const auto *SW = N.get<SwitchStmt>(); SW && SW->getCond() != From) {
      C.Conditions.push_back(SW->getCond());
    }
    // A braced block inside a block: what it declares lives until its end.
    if (N.get<CompoundStmt>() && From && isa<CompoundStmt>(From))
      C.Arms.push_back({From, BlockArm});
    if (const auto *Block = N.get<CompoundStmt>(); Block && From) {
      const Stmt *Switch = nullptr;
      for (const auto &P : TU.ast().getParents(*Block))
        if (const auto *SW = P.get<SwitchStmt>(); SW && SW->getBody() == Block)
          Switch = SW;
      armsFromSiblings(Block, From, Switch, C);
    }
    if (C.LoopDepth == 0 &&
        (N.get<IfStmt>() || N.get<SwitchStmt>() || N.get<ConditionalOperator>())) {
      C.ConditionalInLoop = true;
      // In an arm (not the condition itself, which runs every round): remember the test.
      const Expr *Cond = N.get<IfStmt>()       ? N.get<IfStmt>()->getCond()
                         : N.get<SwitchStmt>() ? N.get<SwitchStmt>()->getCond()
                                               : N.get<ConditionalOperator>()->getCond();
      if (From && From != Cond && !isa<DeclStmt>(From)) {
        C.InArmInLoop = true;
        C.ConditionsInLoop.push_back(Cond);
      }
    }
    if (N.get<ForStmt>() || N.get<WhileStmt>() || N.get<DoStmt>() || N.get<CXXForRangeStmt>()) {
      // A loop is a branch with one arm: what is declared in it lives for one round.
      if (From && From == loopBody(N.get<Stmt>()))
        C.Arms.push_back({N.get<Stmt>(), LoopArm});
      if (C.LoopDepth++ == 0) {
        C.InnermostLoop = N.get<Stmt>();
        C.InnermostLoopIsRangeFor = N.get<CXXForRangeStmt>() != nullptr;
        C.InnermostLoopRunsOnce = runsOnce(N.get<Stmt>());
        C.InnermostLoopPerItem = perItem(N.get<Stmt>());
      }
    }
    if (const auto *L = N.get<LambdaExpr>()) {
      C.Function = L->getCallOperator();
      return C;
    }
    if (const auto *FD = N.get<FunctionDecl>()) {
      C.Function = FD;
      return C;
    }
    if (const auto *B = N.get<BlockDecl>()) {
      C.Function = B;
      return C;
    }
    if (const auto *OM = N.get<ObjCMethodDecl>()) {
      C.Function = OM;
      return C;
    }
  }
}

/// The innermost loop around a node when the node runs on every round of it: not under
/// an `if`, a `switch` or `?:` inside the loop. A send that depends on input
/// (`if (line != "q") send(line)`) is not a heartbeat however often the loop waits
/// (test-inputs/heartbeat/heartbeat-app-level-loop).
const Stmt *PlaceReader::everyRoundLoop(const Context &C) {
  return C.ConditionalInLoop ? nullptr : C.InnermostLoop;
}

Placement PlaceReader::placementAt(const Stmt &S) const {
  return placementOf(contextOf(DynTypedNode::create(S)));
}

} // namespace extract
} // namespace wslint
