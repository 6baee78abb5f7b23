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

namespace {

/// How a node runs relative to the block that declares a local (Scope): on every pass
/// (Always), only in an arm of an `if`, `switch`, `?:`, `&&` or `||` (InArm), or in a loop
/// inside the block (InLoop).
enum class Runs { Always, InArm, InLoop };
Runs runsWithin(ASTContext &Ctx, DynTypedNode N, const Stmt *Scope) {
  Runs R = Runs::Always;
  while (true) {
    auto Parents = Ctx.getParents(N);
    if (Parents.empty())
      return R;
    N = Parents[0];
    if (N.get<Stmt>() == Scope || N.get<FunctionDecl>() || N.get<LambdaExpr>() ||
        N.get<BlockDecl>() || N.get<ObjCMethodDecl>())
      return R;
    if (N.get<ForStmt>() || N.get<WhileStmt>() || N.get<DoStmt>() || N.get<CXXForRangeStmt>())
      return Runs::InLoop;
    if (N.get<IfStmt>() || N.get<SwitchStmt>() || N.get<ConditionalOperator>() ||
        (N.get<BinaryOperator>() && N.get<BinaryOperator>()->isLogicalOp()))
      R = Runs::InArm;
  }
}

/// The first parent of a node that is not a paren, an implicit cast or a member's name
/// (`s.append` in `s.append(x)`: the call).
DynTypedNode parentOf(ASTContext &Ctx, const Stmt *S) {
  DynTypedNode N = DynTypedNode::create(*S);
  while (true) {
    auto Parents = Ctx.getParents(N);
    if (Parents.empty())
      return {};
    N = Parents[0];
    if (!N.get<ParenExpr>() && !N.get<ImplicitCastExpr>() &&
        !N.get<MaterializeTemporaryExpr>() && !N.get<MemberExpr>())
      return N;
  }
}

/// Types whose `+=`, `append` or `<<` adds text at the end.
enum class Builder { None, String, Stream, Url, Query };
Builder builderOf(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD || !RD->getIdentifier())
    return Builder::None;
  llvm::StringRef Name = RD->getName();
  bool Std = RD->isInStdNamespace();
  if ((Std && Name == "basic_string") || (!Std && Name == "QString"))
    return Builder::String;
  if (Std && (Name == "basic_ostringstream" || Name == "basic_stringstream"))
    return Builder::Stream;
  if (!Std && Name == "QUrl")
    return Builder::Url;
  if (!Std && Name == "QUrlQuery")
    return Builder::Query;
  return Builder::None;
}

/// Does a call leave its argument I unchanged: a value, a const reference or a const
/// method's object?
bool readsOnly(const CallExpr *C, unsigned I) {
  const FunctionDecl *FD = C->getDirectCallee();
  if (!FD)
    return false;
  if (const auto *M = dyn_cast<CXXMethodDecl>(FD); M && isa<CXXOperatorCallExpr>(C)) {
    if (I == 0)
      return M->isConst();
    --I;
  }
  if (I >= FD->getNumParams())
    return false;
  QualType P = FD->getParamDecl(I)->getType();
  if (P->isPointerType())
    return P->getPointeeType().isConstQualified();
  return !P->isReferenceType() || P.getNonReferenceType().isConstQualified();
}

} // namespace

/// Does this use of a value leave it as it is: a const method's object (`str()`,
/// `c_str()`), a copy, an argument for a value or const reference parameter?
bool LocalReader::leavesUnchanged(const Expr *Ref) const {
  DynTypedNode P = parentOf(TU.ast(), Ref);
  if (const auto *MC = P.get<CXXMemberCallExpr>();
      MC && peel(MC->getImplicitObjectArgument()) == Ref)
    return MC->getMethodDecl() && MC->getMethodDecl()->isConst();
  if (const auto *C = P.get<CallExpr>()) {
    bool Read = false;
    for (unsigned I = 0; I < C->getNumArgs(); ++I)
      if (peel(C->getArg(I)) == Ref)
        Read = readsOnly(C, I);
    return Read;
  }
  if (const auto *CE = P.get<CXXConstructExpr>()) {
    bool Read = false;
    for (unsigned I = 0; I < CE->getNumArgs() && I < CE->getConstructor()->getNumParams(); ++I)
      if (peel(CE->getArg(I)) == Ref) {
        QualType T = CE->getConstructor()->getParamDecl(I)->getType();
        Read = !T->isReferenceType() || T.getNonReferenceType().isConstQualified();
      }
    return Read;
  }
  return false;
}

bool LocalReader::holdsText(QualType T) { return builderOf(T) != Builder::None; }

std::optional<std::vector<AppendedPart>>
LocalReader::appendedParts(const VarDecl *VD, SourceLocation Before) const {
  const Stmt *Body = bodyAround(VD);
  Builder Kind = builderOf(VD->getType());
  if (!Body || Kind == Builder::None || VD->getType()->isReferenceType() ||
      isa<ParmVarDecl>(VD))
    return std::nullopt;
  ASTContext &Ctx = TU.ast();
  const SourceManager &SM = Ctx.getSourceManager();
  // The block the local is declared in.
  const Stmt *Scope = nullptr;
  for (const auto &P : Ctx.getParents(*VD))
    for (const auto &PP : Ctx.getParents(P))
      Scope = PP.get<Stmt>();
  std::vector<std::pair<SourceLocation, AppendedPart>> Parts;
  for (const auto &M :
       match(findAll(declRefExpr(to(varDecl(equalsNode(VD)))).bind("r")), *Body, Ctx)) {
    const auto *Ref = M.getNodeAs<DeclRefExpr>("r");
    DynTypedNode P = parentOf(Ctx, Ref);
    const auto *Op = P.get<CXXOperatorCallExpr>();
    const auto *MC = P.get<CXXMemberCallExpr>();
    bool Appends = false;
    std::vector<AppendedPart> Added;
    if (Op && Op->getNumArgs() == 2 && peel(Op->getArg(0)) == Ref &&
        ((Kind == Builder::String && Op->getOperator() == OO_PlusEqual) ||
         (Kind == Builder::Stream && Op->getOperator() == OO_LessLess))) {
      // `ss << a << b << c`: climb the chain, each operator adding its right side.
      Appends = true;
      const Expr *Link = Op;
      Added.push_back({Op->getArg(1)});
      while (Kind == Builder::Stream) {
        const auto *Next = parentOf(Ctx, Link).get<CXXOperatorCallExpr>();
        if (!Next || Next->getOperator() != OO_LessLess || Next->getNumArgs() != 2 ||
            peel(Next->getArg(0)) != peel(Link))
          break;
        Added.push_back({Next->getArg(1)});
        Link = Next;
      }
    } else if (MC && peel(MC->getImplicitObjectArgument()) == Ref && MC->getMethodDecl() &&
               MC->getMethodDecl()->getIdentifier()) {
      // `s.append(x)`; QUrl's `url.setQuery(q)` ("?q"); QUrlQuery's
      // `q.addQueryItem(k, v)` ("k=v", after "&" but for the first item).
      llvm::StringRef Method = MC->getMethodDecl()->getName();
      if (Kind == Builder::String && Method == "append" && MC->getNumArgs() == 1) {
        Appends = true;
        Added.push_back({MC->getArg(0)});
      } else if (Kind == Builder::Url && Method == "setQuery" && MC->getNumArgs() >= 1) {
        Appends = true;
        Added.push_back({MC->getArg(0), "?"});
      } else if (Kind == Builder::Query && Method == "addQueryItem" && MC->getNumArgs() == 2) {
        Appends = true;
        Added.push_back({MC->getArg(0), "&"});
        Added.push_back({MC->getArg(1), "="});
      }
    }
    if (Appends) {
      Runs How = runsWithin(Ctx, DynTypedNode::create(*Ref), Scope);
      if (How == Runs::InLoop)
        return std::nullopt; // appended on every round of a loop
      if (!SM.isBeforeInTranslationUnit(Ref->getBeginLoc(), Before))
        continue;             // later text does not change the value at Before
      if (How == Runs::InArm) // there on some paths only: a part the code does not state
        Parts.emplace_back(Ref->getBeginLoc(), AppendedPart());
      else
        for (const AppendedPart &A : Added)
          Parts.emplace_back(A.Value->getBeginLoc(), A);
      continue;
    }
    // Anything else before the use must leave the text as it is (what comes after it
    // matters only on a later round of a loop).
    if (!SM.isBeforeInTranslationUnit(Ref->getBeginLoc(), Before) &&
        runsWithin(Ctx, DynTypedNode::create(*Ref), Scope) != Runs::InLoop)
      continue;
    if (!leavesUnchanged(Ref))
      return std::nullopt;
  }
  std::sort(Parts.begin(), Parts.end(), [&](const auto &A, const auto &B) {
    return SM.isBeforeInTranslationUnit(A.first, B.first);
  });
  std::vector<AppendedPart> Out;
  for (const auto &Part : Parts)
    Out.push_back(Part.second);
  // A query's first item follows nothing.
  if (Kind == Builder::Query && !Out.empty() && Out.front().Value)
    Out.front().Prefix = "";
  return Out;
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
