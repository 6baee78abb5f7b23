// SPDX-License-Identifier: Apache-2.0
#include "ReasonReader.h"

#include "clang/Lex/Lexer.h"

#include <algorithm>
#include <set>

namespace wslint {
namespace extract {

namespace {
/// The enumerator a case label or a comparison names, or "".
std::string enumeratorOf(const Expr *E) {
  if (const auto *R = dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts() : nullptr))
    if (const auto *C = dyn_cast<EnumConstantDecl>(R->getDecl()))
      return C->getName().str();
  return "";
}

/// Does E read a variable (a parameter, usually) of the enum type named Type?
bool readsReason(const Expr *E, llvm::StringRef Type) {
  const auto *R = dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
  if (!R || !isa<VarDecl>(R->getDecl()))
    return false;
  const auto *ET = R->getDecl()->getType()->getAs<EnumType>();
  return ET && ET->getDecl()->getName() == Type;
}

/// Switches and ifs in the TU's own code.
class Branches : public OwnCodeVisitor<Branches> {
public:
  using OwnCodeVisitor::OwnCodeVisitor;
  bool VisitSwitchStmt(SwitchStmt *S) {
    Switches.push_back(S);
    return true;
  }
  bool VisitIfStmt(IfStmt *I) {
    Ifs.push_back(I);
    return true;
  }
  std::vector<const SwitchStmt *> Switches;
  std::vector<const IfStmt *> Ifs;
};

/// Is L in [Begin, End)? SourceLoc orders by file first, so the file must be the region's.
bool within(const SourceLoc &L, const SourceLoc &Begin, const SourceLoc &End) {
  return L.File == Begin.File && !(L < Begin) && L < End;
}
} // namespace

void ReasonReader::regionsOf(const LibraryRules &L, std::vector<Region> &Out) const {
  const auto &Values = L.CloseReasons.Values;
  auto IsClose = [&](const std::string &V) {
    return std::find(Values.begin(), Values.end(), V) != Values.end();
  };
  auto Add = [&](const Stmt *Where, const std::string &Reason, SourceLocation Label,
                 SourceLocation Begin, SourceLocation End) {
    Context C = Places.contextOf(DynTypedNode::create(*Where));
    if (!C.Function)
      return;
    Out.push_back({usrOf(C.Function), functionName(C.Function), Reason, TU.loc(Label),
                   TU.loc(Begin), TU.loc(End)});
  };
  Branches Found(TU);
  Found.TraverseDecl(TU.ast().getTranslationUnitDecl());
  // A switch on the reason: each run of statements from a label to the next is one
  // region, a close region when one of its labels is a close reason.
  for (const SwitchStmt *S : Found.Switches) {
    if (!readsReason(S->getCond(), L.CloseReasons.Type))
      continue;
    const auto *Body = dyn_cast_or_null<CompoundStmt>(S->getBody());
    if (!Body)
      continue;
    std::vector<const Stmt *> Children(Body->body_begin(), Body->body_end());
    for (size_t I = 0; I < Children.size(); ++I) {
      if (!isa<SwitchCase>(Children[I]))
        continue;
      std::string Reason;
      for (const Stmt *X = Children[I]; const auto *SC = dyn_cast<SwitchCase>(X);
           X = SC->getSubStmt())
        if (const auto *Case = dyn_cast<CaseStmt>(SC); Case && Reason.empty())
          if (std::string V = enumeratorOf(Case->getLHS()); IsClose(V))
            Reason = V;
      size_t Next = I + 1;
      while (Next < Children.size() && !isa<SwitchCase>(Children[Next]))
        ++Next;
      if (!Reason.empty())
        Add(S, Reason, Children[I]->getBeginLoc(), Children[I]->getBeginLoc(),
            Next < Children.size() ? Children[Next]->getBeginLoc() : Body->getRBracLoc());
    }
  }
  // `if (reason == LWS_CALLBACK_CLIENT_CLOSED) { … }`: the then-branch.
  for (const IfStmt *If : Found.Ifs) {
    const auto *Eq = dyn_cast_or_null<BinaryOperator>(If->getCond()->IgnoreParenImpCasts());
    if (!Eq || Eq->getOpcode() != BO_EQ)
      continue;
    std::string Reason;
    if (readsReason(Eq->getLHS(), L.CloseReasons.Type))
      Reason = enumeratorOf(Eq->getRHS());
    else if (readsReason(Eq->getRHS(), L.CloseReasons.Type))
      Reason = enumeratorOf(Eq->getLHS());
    if (!IsClose(Reason))
      continue;
    const Stmt *Then = If->getThen();
    Add(If, Reason, If->getBeginLoc(), Then->getBeginLoc(),
        Lexer::getLocForEndOfToken(Then->getEndLoc(), 0, TU.ast().getSourceManager(),
                                   TU.ast().getLangOpts()));
  }
}

void ReasonReader::splitOut(const LibraryRules &L, const Region &R) {
  std::string USR = R.Function + "@reason@" + R.Reason;
  bool Known = std::any_of(TU.Out.Functions.begin(), TU.Out.Functions.end(),
                           [&](const FunctionFact &F) { return F.USR == USR; });
  // What the region's code made moves to its node: Of names the function a fact is in.
  auto Move = [&](auto &Facts, auto Of) {
    for (auto &F : Facts)
      if (std::string &In = Of(F); In == R.Function && within(F.Loc, R.Begin, R.End))
        In = USR;
  };
  Move(TU.Out.Edges, [](CallEdge &E) -> std::string & { return E.Caller; });
  Move(TU.Out.Delays, [](DelayFact &D) -> std::string & { return D.Function; });
  Move(TU.Out.Evidences, [](Evidence &E) -> std::string & { return E.Function; });
  Move(TU.Out.Sites, [](SocketSite &S) -> std::string & { return S.Function; });
  Move(TU.Out.Bindings, [](SlotBinding &B) -> std::string & { return B.Caller; });
  if (Known)
    return; // a second region of the same reason (two switches) joins the first
  FunctionFact F;
  F.USR = USR;
  F.Name = R.FunctionName + " (" + R.Reason + ")";
  F.Loc = R.Label;
  TU.Out.Functions.push_back(std::move(F));
  CallEdge E{R.Function, USR, EdgeKind::Call};
  E.Loc = R.Label;
  TU.Out.Edges.push_back(std::move(E));
  // The callback serves the library's connections; which one closed is a runtime value,
  // so the code is a close handler of each socket of the library the TU opens.
  std::set<std::string> Slots;
  for (const auto &S : TU.Out.Sites)
    if (S.Library == L.Name && Slots.insert(S.Holder.USR).second) {
      HandlerFact H;
      H.SlotUSR = S.Holder.USR;
      H.Handler = USR;
      H.Loc = R.Label;
      H.Detail = "the code for " + R.Reason + " in '" + R.FunctionName + "'";
      H.Event = true;
      TU.Out.Handlers.push_back(std::move(H));
    }
}

void ReasonReader::finish() {
  for (const auto &L : TU.Rules.Libraries) {
    if (L.CloseReasons.Type.empty() ||
        std::none_of(TU.Out.Sites.begin(), TU.Out.Sites.end(),
                     [&](const SocketSite &S) { return S.Library == L.Name; }))
      continue;
    std::vector<Region> Regions;
    regionsOf(L, Regions);
    for (const auto &R : Regions)
      splitOut(L, R);
  }
}

} // namespace extract
} // namespace wslint
