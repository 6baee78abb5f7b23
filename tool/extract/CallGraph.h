// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (tool/extract/Extractor.cpp includes it; nothing else may).
// The call graph of the user's code: functions, entry points and "may run" edges.
#pragma once

#include "Collector.h"

#include "clang/AST/RecursiveASTVisitor.h"

#include <map>
#include <optional>
#include <set>

namespace wslint {
namespace extract {

/// Functions, entry points and "may run" edges, for the cross-TU call graph.
class GraphVisitor : public RecursiveASTVisitor<GraphVisitor> {
public:
  GraphVisitor(ASTContext &Ctx, const ExtractOptions &Opts, TUFacts &Out, Collector &Slots)
      : Ctx(Ctx), Opts(Opts), Out(Out), Slots(Slots) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBody() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    if (!isa<TranslationUnitDecl>(D) && isLibraryCode(D->getLocation()))
      return true; // library internals are not the user's call graph
    auto *FD = dyn_cast<FunctionDecl>(D);
    if (FD && FD->doesThisDeclarationHaveABody()) {
      recordFunction(FD);
      Slots.addGetterBindings(FD);
      Stack.push_back(usrOf(FD));
      bool R = RecursiveASTVisitor::TraverseDecl(D);
      Stack.pop_back();
      return R;
    }
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  bool TraverseLambdaExpr(LambdaExpr *L) {
    CXXMethodDecl *Op = L->getCallOperator();
    addEdge(Op, EdgeKind::Callback);
    recordFunction(Op);
    Stack.push_back(usrOf(Op));
    bool R = RecursiveASTVisitor::TraverseLambdaExpr(L);
    Stack.pop_back();
    return R;
  }

  bool VisitCallExpr(CallExpr *C) {
    if (const FunctionDecl *FD = C->getDirectCallee()) {
      addEdge(FD, Slots.inWaitingLoop(C) ? EdgeKind::Repeating : EdgeKind::Call);
      llvm::SmallVector<const Expr *, 4> Args(C->arguments());
      // A member operator call passes the object as argument 0.
      if (isa<CXXOperatorCallExpr>(C) && isa<CXXMethodDecl>(FD) && !Args.empty())
        Args.erase(Args.begin());
      Slots.addBindings(FD, Args, C);
      Slots.addInstantiation(C);
      // Only for helpers this TU can see returning a socket (defined here, or returning a
      // socket type): recording every call's result would bloat the facts for nothing.
      if (FD->isDefined() || Slots.isSocketType(FD->getReturnType()))
        Slots.addReturnBinding(FD, C);
    }
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *C) {
    addEdge(C->getConstructor(), EdgeKind::Call);
    llvm::SmallVector<const Expr *, 4> Args(C->arguments());
    Slots.addBindings(C->getConstructor(), Args, C);
    Slots.addInstantiation(C);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *R) {
    // A function named without being called is handed to someone who may call it.
    if (const auto *FD = dyn_cast<FunctionDecl>(R->getDecl()))
      addEdge(FD, EdgeKind::Callback);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *M) {
    if (const auto *MD = dyn_cast<CXXMethodDecl>(M->getMemberDecl()))
      addEdge(MD, EdgeKind::Call);
    return true;
  }

private:
  ASTContext &Ctx;
  const ExtractOptions &Opts;
  TUFacts &Out;
  Collector &Slots;
  std::vector<std::string> Stack;
  std::set<std::string> Recorded;
  bool isLibraryCode(SourceLocation L) const { return Slots.isLibraryCode(L); }

  void recordFunction(const FunctionDecl *FD) {
    std::string USR = usrOf(FD);
    if (USR.empty() || !Recorded.insert(USR).second)
      return;
    if (FD->isImplicit())
      Implicit[USR].Used = false; // its facts wait in Implicit until user code uses it
    FunctionFact F;
    F.USR = USR;
    F.Name = qualifiedName(FD);
    const SourceManager &SM = Ctx.getSourceManager();
    PresumedLoc P = SM.getPresumedLoc(SM.getFileLoc(FD->getLocation()));
    if (P.isValid())
      F.Loc = {relativeTo(P.getFilename(), Opts.Root), P.getLine(), P.getColumn()};
    F.IsEntry = isEntryPoint(FD);
    if (auto It = Implicit.find(USR); It != Implicit.end())
      It->second.Function = std::move(F);
    else
      Out.Functions.push_back(std::move(F));
    // A call of a virtual method may run any override.
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
      for (const CXXMethodDecl *Base : MD->overridden_methods())
        Out.Edges.push_back({usrOf(Base), USR, EdgeKind::Call});
  }

  void addEdge(const FunctionDecl *Callee, EdgeKind K) {
    if (Stack.empty() || !Callee || isLibraryCode(Callee->getLocation()))
      return;
    std::string USR = usrOf(Callee);
    if (USR.empty() || USR == Stack.back())
      return;
    if (auto It = Implicit.find(Stack.back()); It != Implicit.end())
      It->second.Edges.push_back({Stack.back(), USR, K});
    else
      Out.Edges.push_back({Stack.back(), USR, K});
    if (Callee->isImplicit())
      UsedImplicit.push_back(USR);
  }

public:
  /// Implicit special members (a class's implicit constructor) are defined when something
  /// uses them, and a library body that is parsed (--full-parse) uses them where a skipped
  /// one does not. Their facts are kept only when the user's own code uses them, directly
  /// or through another kept one, so the facts never depend on which bodies were parsed
  /// (Scenario.FactsMatchFullParse, test-inputs/fanout-socket-per-widget).
  void finish() {
    while (!UsedImplicit.empty()) {
      std::string USR = std::move(UsedImplicit.back());
      UsedImplicit.pop_back();
      auto It = Implicit.find(USR);
      if (It == Implicit.end() || It->second.Used)
        continue;
      It->second.Used = true;
      if (It->second.Function)
        Out.Functions.push_back(*It->second.Function);
      for (const CallEdge &E : It->second.Edges) {
        Out.Edges.push_back(E);
        if (Implicit.count(E.Callee))
          UsedImplicit.push_back(E.Callee);
      }
    }
  }

private:
  struct PendingFunction {
    std::optional<FunctionFact> Function;
    std::vector<CallEdge> Edges;
    bool Used = false;
  };
  std::map<std::string, PendingFunction> Implicit;
  std::vector<std::string> UsedImplicit;
};

} // namespace extract
} // namespace wslint
