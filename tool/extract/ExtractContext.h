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
    const FunctionDecl *Function = nullptr;
    const Stmt *InnermostLoop = nullptr;
    /// An `if`, `switch` or `?:` lies between the node and its innermost loop: the node
    /// does not run on every round.
    bool ConditionalInLoop = false;
    /// Conditions the node runs under in its function, innermost first: the condition of
    /// each `if` or `?:` whose branch holds it, and of each `switch` whose body does.
    llvm::SmallVector<const Expr *, 2> Conditions;
    unsigned LoopDepth = 0;
    bool InnermostLoopIsRangeFor = false;
    bool InnermostLoopRunsOnce = false;
  };

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
      if (const auto *If = N.get<IfStmt>(); If && If->getCond() != From)
        C.Conditions.push_back(If->getCond());
      else if (const auto *CO = N.get<ConditionalOperator>(); CO && CO->getCond() != From)
        C.Conditions.push_back(CO->getCond());
      else if (const auto *SW = N.get<SwitchStmt>(); SW && SW->getCond() != From)
        C.Conditions.push_back(SW->getCond());
      if (C.LoopDepth == 0 &&
          (N.get<IfStmt>() || N.get<SwitchStmt>() || N.get<ConditionalOperator>()))
        C.ConditionalInLoop = true;
      if (N.get<ForStmt>() || N.get<WhileStmt>() || N.get<DoStmt>() ||
          N.get<CXXForRangeStmt>()) {
        if (C.LoopDepth++ == 0) {
          C.InnermostLoop = N.get<Stmt>();
          C.InnermostLoopIsRangeFor = N.get<CXXForRangeStmt>() != nullptr;
          C.InnermostLoopRunsOnce = runsOnce(N.get<Stmt>());
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
    if (const auto *TS = T->getAs<TemplateSpecializationType>()) {
      if (isSmartPointer(T) && !TS->template_arguments().empty() &&
          TS->template_arguments()[0].getKind() == TemplateArgument::Type)
        return libraryOfType(TS->template_arguments()[0].getAsType());
    }
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
    const auto *FD = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
    if (FD && FD->hasBody()) {
      auto Ref = ignoringParenImpCasts(declRefExpr(to(varDecl(equalsNode(VD)))));
      Result = !match(findAll(stmt(anyOf(
                          binaryOperator(isAssignmentOperator(), hasLHS(Ref)),
                          cxxOperatorCallExpr(hasAnyOverloadedOperatorName("=", "+="),
                                              hasArgument(0, Ref)),
                          cxxMemberCallExpr(on(Ref), callee(cxxMethodDecl(hasAnyName(
                                                         "reset", "swap", "append", "assign",
                                                         "insert", "replace", "clear")))),
                          unaryOperator(hasOperatorName("&"), hasUnaryOperand(Ref))))),
                      *FD->getBody(), *Ctx)
                     .empty();
    }
    Reassigned[VD] = Result;
    return Result;
  }

  mutable llvm::DenseMap<const VarDecl *, bool> Reassigned;

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
  void setContext(ASTContext &C) { Ctx = &C; }
  bool isSocketType(QualType T) const { return libraryOfType(T) != nullptr; }
};

} // namespace extract
} // namespace wslint
