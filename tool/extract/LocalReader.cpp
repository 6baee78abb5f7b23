// SPDX-License-Identifier: Apache-2.0
#include "LocalReader.h"

namespace wslint {
namespace extract {

/// Is the local assigned again, reset, swapped, appended to, or its address taken,
/// somewhere in its function?
bool LocalReader::isReassigned(const VarDecl *VD) const {
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
                    *Body, TU.ast())
                  .empty();
  }
  Reassigned[VD] = Result;
  return Result;
}

/// Does what the local holds outlive it? It is moved (std::move) or handed to a
/// container, stored in a field or a global, its address taken, returned, or captured by
/// copy in a callable (a shared pointer kept alive by a continuation or a thread).
/// (test-inputs/lifetime/lifetime-escapes-iteration, lifetime-stack-object-per-iteration)
bool LocalReader::escapes(const VarDecl *VD) const {
  auto It = Escaping.find(VD);
  if (It != Escaping.end())
    return It->second;
  bool Result = false;
  if (const Stmt *Body = bodyAround(VD)) {
    auto Ref = ignoringParenImpCasts(declRefExpr(to(varDecl(equalsNode(VD)))));
    auto Kept = anyOf(memberExpr(), declRefExpr(to(varDecl(hasGlobalStorage()))),
                      unaryOperator(hasOperatorName("*")));
    Result =
        !match(findAll(stmt(anyOf(
                   callExpr(callee(functionDecl(hasName("::std::move"))), hasArgument(0, Ref)),
                   cxxMemberCallExpr(
                       callee(cxxMethodDecl(hasAnyName(std::vector<llvm::StringRef>(
                           std::begin(ContainerInserts), std::end(ContainerInserts))))),
                       hasAnyArgument(Ref)),
                   binaryOperator(isAssignmentOperator(), hasLHS(ignoringParenImpCasts(Kept)),
                                  hasRHS(Ref)),
                   cxxOperatorCallExpr(hasOverloadedOperatorName("="),
                                       hasArgument(0, ignoringParenImpCasts(Kept)),
                                       hasArgument(1, Ref)),
                   unaryOperator(hasOperatorName("&"), hasUnaryOperand(Ref)),
                   returnStmt(hasReturnValue(Ref))))),
               *Body, TU.ast())
             .empty();
    if (!Result)
      for (const auto &M : match(findAll(lambdaExpr().bind("l")), *Body, TU.ast()))
        for (const LambdaCapture &C : M.getNodeAs<LambdaExpr>("l")->captures())
          if (C.capturesVariable() && C.getCapturedVar() == VD &&
              C.getCaptureKind() == LCK_ByCopy)
            Result = true;
    // A shared pointer handed to a function of the TU whose parameter (a shared pointer
    // too) outlives the call: the helper captures it in a handler, stores or moves it
    // (test-inputs/fanout/fanout-escapes-through-helper). Not a reference to a stack
    // object: a copy of that is another object.
    if (!Result && isSharedPointer(VD->getType())) {
      Escaping[VD] = false; // a helper that hands it back to this function adds nothing
      for (const auto &M : match(findAll(callExpr().bind("c")), *Body, TU.ast())) {
        const auto *C = M.getNodeAs<CallExpr>("c");
        const FunctionDecl *FD = C->getDirectCallee();
        if (isa<CXXOperatorCallExpr>(C) || !FD || !(FD = FD->getDefinition()) ||
            !FD->hasBody())
          continue;
        for (unsigned I = 0; I < C->getNumArgs() && I < FD->getNumParams() && !Result; ++I)
          if (const auto *R = dyn_cast<DeclRefExpr>(peel(C->getArg(I)));
              R && R->getDecl() == VD && isSharedPointer(FD->getParamDecl(I)->getType()))
            Result = escapes(FD->getParamDecl(I));
      }
    }
    // Objective-C under ARC: an object handed to any message (`[screens addObject:vc]`,
    // `[nav pushViewController:vc …]`, a property setter) or captured by a block is
    // retained by its receiver (test-inputs/libraries/socketrocket/socketrocket-screen-per-item).
    if (!Result && VD->getType()->isObjCObjectPointerType()) {
      for (const auto &M : match(findAll(objcMessageExpr().bind("m")), *Body, TU.ast()))
        for (const Expr *Arg : M.getNodeAs<ObjCMessageExpr>("m")->arguments())
          if (const auto *R = dyn_cast<DeclRefExpr>(peel(Arg)); R && R->getDecl() == VD)
            Result = true;
      for (const auto &M : match(findAll(blockExpr().bind("b")), *Body, TU.ast()))
        if (M.getNodeAs<BlockExpr>("b")->getBlockDecl()->capturesVariable(VD))
          Result = true;
    }
  }
  Escaping[VD] = Result;
  return Result;
}

const Stmt *LocalReader::bodyAround(const VarDecl *VD) {
  const DeclContext *DC = VD->getParentFunctionOrMethod();
  const Decl *D = DC ? Decl::castFromDeclContext(DC) : nullptr;
  return D && D->hasBody() ? D->getBody() : nullptr;
}

/// The value of the one plain assignment to a local (`v = x`), when the function assigns
/// it nothing else and never takes its address; null otherwise.
const Expr *LocalReader::onlyAssignment(const VarDecl *VD) const {
  const Stmt *Body = bodyAround(VD);
  if (!Body)
    return nullptr;
  auto Ref = ignoringParenImpCasts(declRefExpr(to(varDecl(equalsNode(VD)))));
  auto Assigned = match(findAll(binaryOperator(isAssignmentOperator(), hasLHS(Ref)).bind("a")),
                        *Body, TU.ast());
  if (Assigned.size() != 1 ||
      !match(findAll(unaryOperator(hasOperatorName("&"), hasUnaryOperand(Ref))), *Body,
             TU.ast())
           .empty())
    return nullptr;
  const auto *A = Assigned.front().getNodeAs<BinaryOperator>("a");
  return A->getOpcode() == BO_Assign ? A->getRHS() : nullptr;
}

} // namespace extract
} // namespace wslint
