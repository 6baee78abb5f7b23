// SPDX-License-Identifier: Apache-2.0
#include "HandlerRecorder.h"

namespace wslint {
namespace extract {

void HandlerRecorder::onPerRequest(const CallView &C) {
  for (const auto &L : TU.Rules.Libraries)
    for (const auto &P : L.PerRequest) {
      if (!Calls.isCallOfType(P, C, L) || !Calls.matches(P, C))
        continue;
      for (const Decl *F : Calls.handlerFunctions(C, -1))
        TU.Out.PerRequest.push_back({usrOf(F), TU.loc(C.Loc), Calls.calleeText(C)});
      return;
    }
}

void HandlerRecorder::addPerRequestOverride(const CXXMethodDecl *MD) {
  for (const CXXMethodDecl *Base : MD->overridden_methods())
    for (const auto &L : TU.Rules.Libraries)
      if (std::find(L.PerRequestOverrides.begin(), L.PerRequestOverrides.end(),
                    qualifiedName(Base)) != L.PerRequestOverrides.end())
        TU.Out.PerRequest.push_back(
            {usrOf(MD), TU.loc(MD->getLocation()), qualifiedName(Base) + " override"});
}

void HandlerRecorder::onRetryScheduler(const LibraryRules &L, const CallView &C) {
  for (const auto &RS : L.RetrySchedulers) {
    if (!Calls.matches(RS.Call, C))
      continue;
    std::string Backoff = RS.Backoff, Describe = RS.Describe;
    if (RS.NullArg >= 0 && static_cast<unsigned>(RS.NullArg) < C.Args.size() &&
        C.Args[RS.NullArg]->isNullPointerConstant(TU.ast(),
                                                  Expr::NPC_ValueDependentIsNotNull)) {
      Backoff = RS.NullBackoff;
      Describe += " (no policy given: the library's fixed default)";
    }
    // The wait is a delay like a timer's, so a way back that passes through the call (a
    // close event's code that schedules the retry) has the policy's backoff
    // (test-inputs/libraries/libwebsockets/libwebsockets-close-reasons).
    Context Where = Places.contextOf(DynTypedNode::create(*C.E));
    DelayFact D;
    D.Function = usrOf(Where.Function);
    D.Loc = TU.loc(C.Loc);
    D.Backoff = Backoff;
    D.Detail = Calls.calleeText(C) + ": " + Describe;
    D.InLoop = Where.LoopDepth > 0;
    for (const Decl *F : Calls.handlerFunctions(C, -1)) {
      TU.Out.Handlers.push_back({"", usrOf(F), D.Loc, D.Detail, Backoff});
      D.Callbacks.push_back(usrOf(F));
    }
    if (!D.Function.empty())
      TU.Out.Delays.push_back(std::move(D));
  }
}

void HandlerRecorder::onHandler(
    const std::vector<HandlerRule> &Rules, bool Message, const CallView &C,
    llvm::function_ref<Slot(const CallPattern &)> SocketOf,
    llvm::function_ref<void(llvm::ArrayRef<const Decl *>, const Expr *, const Slot &)> Bind) {
  for (const auto &H : Rules) {
    if (!Calls.matches(H.Call, C))
      continue;
    Slot On = SocketOf(H.Call);
    if (On.USR.empty())
      continue;
    const Expr *SocketExpr =
        H.Call.SocketArg >= 0 && static_cast<unsigned>(H.Call.SocketArg) < C.Args.size()
            ? C.Args[H.Call.SocketArg]
            : C.Object;
    std::vector<std::string> Functions;
    if (H.DelegateArg < 0) {
      std::vector<const Decl *> Decls = Calls.handlerFunctions(C, H.Call.SocketArg);
      for (const Decl *F : Decls)
        Functions.push_back(usrOf(F));
      Bind(Decls, SocketExpr, On);
    } else if (static_cast<unsigned>(H.DelegateArg) < C.Args.size()) {
      Functions = Calls.delegateMethods(C.Args[H.DelegateArg], H.DelegateMethods);
      Bind(Calls.delegateMethodDecls(C.Args[H.DelegateArg], H.DelegateMethods), SocketExpr, On);
    }
    for (const auto &F : Functions) {
      HandlerFact Fact{On.USR, F, TU.loc(C.Loc), Calls.calleeText(C), ""};
      Fact.Message = Message;
      TU.Out.Handlers.push_back(std::move(Fact));
    }
  }
}

} // namespace extract
} // namespace wslint
