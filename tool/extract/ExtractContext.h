// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (tool/extract/Extractor.cpp includes it; nothing else may).
// The base of the extractor's layers: the TU, the rules, where code lives, node contexts
// (function, loops, conditions) and which library a type belongs to.
#pragma once

#include "AstUtil.h"
#include "Comments.h"
#include "Extractor.h"
#include "../core/Rules.h"

#include "clang/AST/ParentMapContext.h"
#include "clang/ASTMatchers/ASTMatchers.h"

#include <map>

namespace wslint {
namespace extract {

/// Everything the extractor knows about the TU it reads, shared by every layer above.
class ExtractContext {
public:
  ExtractContext(const RuleSet &Rules, const ExtractOptions &Opts, TUFacts &Out)
      : Rules(Rules), Opts(Opts), Out(Out) {
    for (const auto &L : Rules.Libraries)
      for (const auto &T : L.SocketTypes)
        TypeToLibrary.emplace(T, &L);
  }

protected:
  const RuleSet &Rules;
  const ExtractOptions &Opts;
  TUFacts &Out;
  ASTContext *Ctx = nullptr;
  std::map<std::string, const LibraryRules *> TypeToLibrary;

public:
  // --- locations -------------------------------------------------------------------

  SourceLoc loc(SourceLocation L) const {
    const SourceManager &SM = Ctx->getSourceManager();
    SourceLocation F = SM.getFileLoc(L);
    PresumedLoc P = SM.getPresumedLoc(F);
    if (P.isInvalid())
      return {};
    return {relativeTo(P.getFilename(), Opts.Root), P.getLine(), P.getColumn()};
  }

public:
  bool isLibraryCode(SourceLocation L) const { return Owner->isLibrary(L); }
  void setOwnership(const CodeOwnership &O) { Owner = &O; }

protected:
  const CodeOwnership *Owner = nullptr;

  // --- context of a node -----------------------------------------------------------

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

  /// Does the statement always leave its function (return, throw, a call that does not
  /// return)? The code after an `if` whose arm does is that branch's other arm.
  static bool alwaysLeaves(const Stmt *S) {
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
  static void armsAfter(const IfStmt *If, Context &C) {
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
  void armsFromSiblings(const CompoundStmt *Block, const Stmt *Child, const Stmt *Switch,
                        Context &C) const {
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
      C.Arms.push_back({Switch, Ctx->getSourceManager().getFileOffset(
                                    Ctx->getSourceManager().getFileLoc(Case->getBeginLoc()))});
  }

  static const Stmt *loopBody(const Stmt *Loop) {
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

  /// The arm keys of a loop body and of a braced block (Placement::Branch spells them
  /// "loop" and "block").
  static constexpr unsigned LoopArm = ~0u, BlockArm = ~0u - 1;

  /// The branch arms of a context as Placement::Branch spells them: outermost first.
  std::string branchOf(const Context &C) const {
    std::string Out;
    for (auto It = C.Arms.rbegin(); It != C.Arms.rend(); ++It) {
      SourceLoc L = loc(It->first->getBeginLoc());
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
  bool testsSocket(const Expr *Cond) const {
    for (const auto &M : match(findAll(expr().bind("e")), *Cond, *Ctx))
      if (const auto *E = M.getNodeAs<Expr>("e");
          E && !E->getType().isNull() && libraryOfHolder(E->getType()))
        return true;
    return false;
  }

  Placement placementOf(const Context &C) const {
    Placement P;
    P.LoopDepth = C.LoopDepth;
    // A retry runs on every round: a call under an `if` in the loop runs when something
    // asks for it (a command typed at a prompt: `if (line == "/start") chat.start();`), not
    // again and again by itself (test-inputs/reconnect-retry-loop-through-helper).
    // Under a test of the socket's own state (`if (!ws || ws->getReadyState() == CLOSED)`)
    // it is a watchdog: it reopens whenever the socket is down
    // (test-inputs/reconnect-watchdog-loop).
    bool AskedFor = C.InArmInLoop &&
                    !std::all_of(C.ConditionsInLoop.begin(), C.ConditionsInLoop.end(),
                                 [&](const Expr *E) { return testsSocket(E); });
    P.InRetryLoop = C.LoopDepth > 0 && !C.InnermostLoopIsRangeFor && !C.InnermostLoopRunsOnce &&
                    !C.InnermostLoopPerItem && !AskedFor;
    P.LoopRunsOnce = C.InnermostLoopRunsOnce;
    P.Branch = branchOf(C);
    return P;
  }

  /// Does the loop provably run at most once? for (i = A; i < B; ++i) with B - A <= 1, and
  /// do … while (false) (test-inputs/fanout-loop-runs-once).
  bool runsOnce(const Stmt *Loop) const {
    if (const auto *D = dyn_cast<DoStmt>(Loop)) {
      bool Value = true;
      return D->getCond()->EvaluateAsBooleanCondition(Value, *Ctx) && !Value;
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
        !V->getInit()->EvaluateAsInt(A, *Ctx) || !Cond->getRHS()->EvaluateAsInt(B, *Ctx))
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
  /// (test-inputs/lifetime-escapes-iteration)
  static bool perItem(const Stmt *Loop) {
    const auto *F = dyn_cast<ForStmt>(Loop);
    return F && F->getInc() && F->getCond() && !leavesEarly(F->getBody(), false);
  }
  /// Does S return, or break out of the loop it is in (Nested: S is inside an inner loop or
  /// switch, whose breaks are its own)?
  static bool leavesEarly(const Stmt *S, bool Nested) {
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

  /// The function whose body holds the node (a lambda's call operator for code inside a
  /// lambda) and how many loops of that function surround it.
  Context contextOf(DynTypedNode N) const {
    Context C;
    while (true) {
      auto Parents = Ctx->getParents(N);
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
        for (const auto &P : Ctx->getParents(*Block))
          if (const auto *SW = P.get<SwitchStmt>(); SW && SW->getBody() == Block)
            Switch = SW;
        armsFromSiblings(Block, From, Switch, C);
      }
      if (C.LoopDepth == 0 &&
          (N.get<IfStmt>() || N.get<SwitchStmt>() || N.get<ConditionalOperator>())) {
        C.ConditionalInLoop = true;
        // In an arm (not the condition itself, which runs every round): remember the test.
        const Expr *Cond = N.get<IfStmt>()               ? N.get<IfStmt>()->getCond()
                           : N.get<SwitchStmt>()         ? N.get<SwitchStmt>()->getCond()
                                                         : N.get<ConditionalOperator>()->getCond();
        if (From && From != Cond && !isa<DeclStmt>(From)) {
          C.InArmInLoop = true;
          C.ConditionsInLoop.push_back(Cond);
        }
      }
      if (N.get<ForStmt>() || N.get<WhileStmt>() || N.get<DoStmt>() ||
          N.get<CXXForRangeStmt>()) {
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

public:
  /// The innermost loop around a node when the node runs on every round of it: not under
  /// an `if`, a `switch` or `?:` inside the loop. A send that depends on input
  /// (`if (line != "q") send(line)`) is not a heartbeat however often the loop waits
  /// (test-inputs/heartbeat-app-level-loop).
  static const Stmt *everyRoundLoop(const Context &C) {
    return C.ConditionalInLoop ? nullptr : C.InnermostLoop;
  }

protected:
  // --- types and libraries ---------------------------------------------------------

  /// The library whose socket type T is (or derives from), if any.
  const LibraryRules *libraryOfType(QualType T) const {
    for (const ObjCInterfaceDecl *I = objcInterfaceOf(T); I; I = I->getSuperClass())
      if (auto It = TypeToLibrary.find(I->getName().str()); It != TypeToLibrary.end())
        return It->second;
    const CXXRecordDecl *RD = pointeeRecord(T);
    return RD ? libraryOfRecord(RD) : nullptr;
  }

  /// `socket.accessor()` for an accessor its library's rules list (Drogon's getConnection).
  bool isAccessorCall(const CXXMemberCallExpr *MC) const {
    const CXXMethodDecl *M = MC->getMethodDecl();
    if (!M || !M->getIdentifier() || !MC->getImplicitObjectArgument())
      return false;
    const LibraryRules *L = libraryOfType(MC->getImplicitObjectArgument()->getType());
    return L && std::find(L->Accessors.begin(), L->Accessors.end(), M->getName()) !=
                    L->Accessors.end();
  }

  /// The library of a parameter type that holds a socket: a reference or pointer to one,
  /// or a smart pointer to one (Drogon hands callbacks a `const WebSocketClientPtr &`).
  const LibraryRules *libraryOfHolder(QualType T) const {
    T = T.getNonReferenceType();
    if (QualType Pointee = isSmartPointer(T) ? firstTypeArgument(T) : QualType();
        !Pointee.isNull())
      return libraryOfType(Pointee);
    return libraryOfType(T);
  }

  const LibraryRules *libraryOfRecord(const CXXRecordDecl *RD) const {
    return findInRecordOrBases<const LibraryRules *>(RD, [&](const CXXRecordDecl *R) {
      auto It = TypeToLibrary.find(recordTemplateName(R));
      return It == TypeToLibrary.end() ? nullptr : It->second;
    });
  }

  /// Is the local assigned again, reset, swapped, appended to, or its address taken,
  /// somewhere in its function?
  bool isReassigned(const VarDecl *VD) const {
    auto It = Reassigned.find(VD);
    if (It != Reassigned.end())
      return It->second;
    bool Result = true; // no body to look at: assume the worst
    if (const Stmt *Body = bodyAround(VD)) {
      auto Ref = ignoringParenImpCasts(declRefExpr(to(varDecl(equalsNode(VD)))));
      Result = !match(findAll(stmt(anyOf(
                          binaryOperator(isAssignmentOperator(), hasLHS(Ref)),
                          cxxOperatorCallExpr(hasAnyOverloadedOperatorName("=", "+="),
                                              hasArgument(0, Ref)),
                          cxxMemberCallExpr(on(Ref), callee(cxxMethodDecl(hasAnyName(
                                                         "reset", "swap", "append", "assign",
                                                         "insert", "replace", "clear")))),
                          unaryOperator(hasOperatorName("&"), hasUnaryOperand(Ref))))),
                      *Body, *Ctx)
                     .empty();
    }
    Reassigned[VD] = Result;
    return Result;
  }

  mutable llvm::DenseMap<const VarDecl *, bool> Reassigned;

  /// Does what the local holds outlive it? It is moved (std::move) or handed to a
  /// container, stored in a field or a global, its address taken, returned, or captured by
  /// copy in a callable (a shared pointer kept alive by a continuation or a thread).
  /// (test-inputs/lifetime-escapes-iteration, lifetime-stack-object-per-iteration)
  bool escapes(const VarDecl *VD) const {
    auto It = Escaping.find(VD);
    if (It != Escaping.end())
      return It->second;
    bool Result = false;
    if (const Stmt *Body = bodyAround(VD)) {
      auto Ref = ignoringParenImpCasts(declRefExpr(to(varDecl(equalsNode(VD)))));
      auto Kept = anyOf(memberExpr(), declRefExpr(to(varDecl(hasGlobalStorage()))),
                        unaryOperator(hasOperatorName("*")));
      Result = !match(findAll(stmt(anyOf(
                          callExpr(callee(functionDecl(hasName("::std::move"))),
                                   hasArgument(0, Ref)),
                          cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName(
                                                "push_back", "emplace_back", "push_front",
                                                "emplace_front", "insert", "emplace",
                                                "try_emplace", "insert_or_assign", "push"))),
                                            hasAnyArgument(Ref)),
                          binaryOperator(isAssignmentOperator(),
                                         hasLHS(ignoringParenImpCasts(Kept)), hasRHS(Ref)),
                          cxxOperatorCallExpr(hasOverloadedOperatorName("="),
                                              hasArgument(0, ignoringParenImpCasts(Kept)),
                                              hasArgument(1, Ref)),
                          unaryOperator(hasOperatorName("&"), hasUnaryOperand(Ref)),
                          returnStmt(hasReturnValue(Ref))))),
                      *Body, *Ctx)
                     .empty();
      if (!Result)
        for (const auto &M : match(findAll(lambdaExpr().bind("l")), *Body, *Ctx))
          for (const LambdaCapture &C : M.getNodeAs<LambdaExpr>("l")->captures())
            if (C.capturesVariable() && C.getCapturedVar() == VD &&
                C.getCaptureKind() == LCK_ByCopy)
              Result = true;
      // Objective-C under ARC: an object handed to any message (`[screens addObject:vc]`,
      // `[nav pushViewController:vc …]`, a property setter) or captured by a block is
      // retained by its receiver (test-inputs/socketrocket-screen-per-item).
      if (!Result && VD->getType()->isObjCObjectPointerType()) {
        for (const auto &M : match(findAll(objcMessageExpr().bind("m")), *Body, *Ctx))
          for (const Expr *Arg : M.getNodeAs<ObjCMessageExpr>("m")->arguments())
            if (const auto *R = dyn_cast<DeclRefExpr>(peel(Arg)); R && R->getDecl() == VD)
              Result = true;
        for (const auto &M : match(findAll(blockExpr().bind("b")), *Body, *Ctx))
          if (M.getNodeAs<BlockExpr>("b")->getBlockDecl()->capturesVariable(VD))
            Result = true;
      }
    }
    Escaping[VD] = Result;
    return Result;
  }

  mutable llvm::DenseMap<const VarDecl *, bool> Escaping;

  /// The body of the function, method or block a local is declared in.
  static const Stmt *bodyAround(const VarDecl *VD) {
    const DeclContext *DC = VD->getParentFunctionOrMethod();
    const Decl *D = DC ? Decl::castFromDeclContext(DC) : nullptr;
    return D && D->hasBody() ? D->getBody() : nullptr;
  }

  std::string sourceText(const Expr *E) const {
    const SourceManager &SM = Ctx->getSourceManager();
    CharSourceRange R = CharSourceRange::getTokenRange(SM.getFileLoc(E->getBeginLoc()),
                                                       SM.getFileLoc(E->getEndLoc()));
    std::string S = Lexer::getSourceText(R, SM, Ctx->getLangOpts()).str();
    // One line, bounded: this lands in messages.
    std::string Flat;
    bool Space = false;
    for (char C : S) {
      if (C == '\n' || C == '\t' || C == '\r' || C == ' ') {
        Space = !Flat.empty() && Flat.back() != '(';
        continue;
      }
      if (Space && C != ')')
        Flat += ' ';
      Space = false;
      Flat += C;
    }
    if (Flat.size() > 120)
      Flat = Flat.substr(0, 117) + "...";
    return Flat;
  }

  // --- boundary comments -----------------------------------------------------------

  /// Boundary comments on or directly above the line of L.
  std::vector<std::pair<SourceLoc, std::string>> commentsAt(SourceLocation L) const {
    std::vector<std::pair<SourceLoc, std::string>> Out;
    const SourceManager &SM = Ctx->getSourceManager();
    L = SM.getFileLoc(L);
    if (L.isInvalid())
      return Out;
    auto [FID, Offset] = SM.getDecomposedLoc(L);
    bool Invalid = false;
    llvm::StringRef Buf = SM.getBufferData(FID, &Invalid);
    if (Invalid)
      return Out;
    for (auto &[Line, Text] : boundaryCommentsNear(Buf, Offset)) {
      SourceLoc CL = loc(L);
      CL.Line = Line;
      CL.Column = 1;
      Out.emplace_back(CL, Text);
    }
    return Out;
  }

public:
  /// The loops and branch arms around a statement inside its function.
  Placement placementAt(const Stmt &S) const {
    return placementOf(contextOf(DynTypedNode::create(S)));
  }
  void setContext(ASTContext &C) { Ctx = &C; }
  bool isSocketType(QualType T) const { return libraryOfType(T) != nullptr; }
};

} // namespace extract
} // namespace wslint
