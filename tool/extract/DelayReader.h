// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (tool/extract/Extractor.cpp includes it; nothing else may).
// Delays and timers: waits before something runs, how they grow, the loops that wait and the
// callbacks timers run.
#pragma once

#include "EndpointReader.h"

#include <functional>
#include <set>
#include <tuple>

namespace wslint {
namespace extract {

/// Records delays and classifies them fixed, exponential or jittered.
class DelayReader : public EndpointReader {
public:
  using EndpointReader::EndpointReader;
protected:
  /// Delay calls are matched on their own: a timer is not a socket.
  void onDelay(const CallView &C) {
    for (const auto &L : Rules.Libraries)
      for (const auto &D : L.Delays) {
        if (!isCallOfType(D.Call, C, L) || !matches(D.Call, C) || D.DelayArg >= C.Args.size())
          continue;
        Context Where = contextOf(DynTypedNode::create(*C.E));
        DelayFact F;
        F.Function = usrOf(Where.Function);
        F.Loc = loc(C.Loc);
        F.Detail = sourceText(C.E);
        F.InLoop = Where.LoopDepth > 0;
        if (Where.InnermostLoop)
          WaitingLoops.insert(Where.InnermostLoop);
        // A timer that repeats by itself (NSTimer's `repeats:YES`) runs its callback again
        // and again: the callback is periodic (test-inputs/socketrocket-ping-timer).
        bool Repeats = false;
        if (D.RepeatsArg >= 0 && static_cast<unsigned>(D.RepeatsArg) < C.Args.size()) {
          bool Value = false;
          Repeats = C.Args[D.RepeatsArg]->EvaluateAsBooleanCondition(Value, *Ctx) && Value;
        }
        for (const Decl *Cb : handlerFunctions(C, D.DelayArg)) {
          F.Callbacks.push_back(usrOf(Cb));
          if (Repeats && !F.Function.empty()) {
            CallEdge E{F.Function, usrOf(Cb), EdgeKind::Repeating};
            E.Loc = F.Loc;
            Out.Edges.push_back(std::move(E));
          }
        }
        PendingDelays.emplace_back(std::move(F), C.Args[D.DelayArg]);
        return;
      }
    for (const auto &L : Rules.Libraries)
      for (const auto &W : L.TimerWaits) {
        if (!isCallOfType(W, C, L) || !matches(W, C))
          continue;
        Context Where = contextOf(DynTypedNode::create(*C.E));
        for (const Decl *Cb : handlerFunctions(C, -1))
          PendingWaits.emplace_back(usrOf(Where.Function), usrOf(Cb));
        return;
      }
  }

  /// Loops that wait between rounds (a delay inside them): what runs there repeats over
  /// time, not just over items.
  std::set<const Stmt *> WaitingLoops;
  std::vector<std::pair<std::string, std::string>> PendingWaits; ///< (function, callback)

public:
  /// Is the node inside a loop that waits between rounds?
  bool inWaitingLoop(const Stmt *S) {
    if (WaitingLoops.empty())
      return false;
    return WaitingLoops.count(everyRoundLoop(contextOf(DynTypedNode::create(*S)))) != 0;
  }

protected:

  /// Does E (or what it calls) draw a random number? rand(), random(), std::*_distribution,
  /// std::mt19937, QRandomGenerator: test-inputs/boost-beast-reconnect-backoff-jitter.
  bool containsRandom(const Expr *E) const {
    for (const auto &B : match(findAll(callExpr().bind("c")), *E, *Ctx)) {
      const auto *Call = B.getNodeAs<CallExpr>("c");
      std::string Name;
      if (const FunctionDecl *FD = Call->getDirectCallee())
        Name = llvm::StringRef(qualifiedName(FD)).lower();
      if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call); Op && Op->getNumArgs() > 0)
        Name += " " + llvm::StringRef(typeName(Op->getArg(0)->getType())).lower();
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
        if (MC->getImplicitObjectArgument())
          Name += " " + llvm::StringRef(typeName(MC->getImplicitObjectArgument()->getType()))
                            .lower();
      if (llvm::StringRef(Name).contains("rand") ||
          llvm::StringRef(Name).contains("distribution") ||
          llvm::StringRef(Name).contains("mersenne") || llvm::StringRef(Name).contains("jitter"))
        return true;
    }
    return false;
  }

  /// Variables, fields, instance variables and properties an expression reads.
  std::vector<const NamedDecl *> referencedVars(const Expr *E) const {
    std::vector<const NamedDecl *> Out;
    for (const auto &B : match(findAll(declRefExpr(to(varDecl())).bind("r")), *E, *Ctx))
      Out.push_back(B.getNodeAs<DeclRefExpr>("r")->getDecl());
    for (const auto &B : match(findAll(memberExpr(member(fieldDecl())).bind("m")), *E, *Ctx))
      Out.push_back(B.getNodeAs<MemberExpr>("m")->getMemberDecl());
    if (Ctx->getLangOpts().ObjC)
      for (const auto &B : match(findAll(expr().bind("o")), *E, *Ctx))
        if (const auto *O = B.getNodeAs<Expr>("o");
            isa<ObjCIvarRefExpr>(O) || isa<ObjCPropertyRefExpr>(O))
          if (const NamedDecl *D = objcStorageOf(O))
            Out.push_back(D);
    return Out;
  }

  bool multipliesOrShifts(const Expr *E) const {
    if (!match(findAll(binaryOperator(hasAnyOperatorName("*", "<<", "*=", "<<="))), *E, *Ctx)
             .empty())
      return true;
    if (!match(findAll(cxxOperatorCallExpr(hasAnyOverloadedOperatorName("*", "<<", "*=", "<<="))),
               *E, *Ctx)
             .empty())
      return true;
    for (const auto &B : match(findAll(callExpr().bind("c")), *E, *Ctx))
      if (const FunctionDecl *FD = B.getNodeAs<CallExpr>("c")->getDirectCallee())
        if (FD->getIdentifier() && (FD->getName() == "pow" || FD->getName() == "exp2" ||
                                    FD->getName() == "ldexp"))
          return true;
    return false;
  }

  /// "exponential-jitter", "exponential" or "fixed": how the delay is computed. Growth is a
  /// variable of the delay that some assignment in the TU multiplies or shifts (delay *= 2,
  /// delay = min(delay * 2, cap), base << attempt); jitter is randomness in the delay or in
  /// what is assigned to its variables.
  std::string classifyDelay(const Expr *Arg) const {
    bool Grows = false, Jitter = containsRandom(Arg);
    // base << attempt, pow(2, attempt): growth written in the argument itself.
    for (const auto &B : match(findAll(binaryOperator(hasOperatorName("<<")).bind("s")), *Arg,
                               *Ctx))
      if (!B.getNodeAs<BinaryOperator>("s")->getRHS()->isEvaluatable(*Ctx))
        Grows = true;
    std::set<const NamedDecl *> Seen;
    std::vector<const NamedDecl *> Work;
    std::set<const FunctionDecl *> SeenFunctions;
    // A value computed from something that changes (auto delay = base * (1 << attempt)),
    // or returned by a helper of the TU that computes it so (next_delay()).
    // The argument's own arithmetic (seconds * 1000) is a unit, not growth: only what it
    // reads counts.
    std::function<void(const Expr *, bool)> Computed = [&](const Expr *V, bool Arithmetic) {
      Jitter |= containsRandom(V);
      if (Arithmetic && multipliesOrShifts(V) && !V->isEvaluatable(*Ctx))
        Grows = true;
      for (const NamedDecl *R : referencedVars(V))
        Work.push_back(R);
      for (const auto &B : match(findAll(callExpr().bind("c")), *V, *Ctx)) {
        const FunctionDecl *FD = B.getNodeAs<CallExpr>("c")->getDirectCallee();
        const FunctionDecl *Def = FD ? FD->getDefinition() : nullptr;
        if (!Def || !Def->hasBody() || isLibraryCode(Def->getLocation()) ||
            SeenFunctions.size() > 8 || !SeenFunctions.insert(Def).second)
          continue;
        for (const auto &R : match(findAll(returnStmt().bind("r")), *Def->getBody(), *Ctx))
          if (const Expr *RV = R.getNodeAs<ReturnStmt>("r")->getRetValue())
            Computed(RV, true);
      }
    };
    Computed(Arg, false);
    while (!Work.empty() && Seen.size() < 16) {
      const NamedDecl *D = Work.back();
      Work.pop_back();
      if (!Seen.insert(D).second)
        continue;
      if (const auto *VD = dyn_cast<VarDecl>(D); VD && VD->getInit())
        Computed(VD->getInit(), true);
      for (const auto &[Op, RHS, SelfReferent] : assignmentsTo(D)) {
        Jitter |= containsRandom(RHS);
        if (Op == "*=" || Op == "<<=")
          Grows = true;
        else if (SelfReferent && multipliesOrShifts(RHS))
          Grows = true;
        for (const NamedDecl *R : referencedVars(RHS))
          Work.push_back(R);
      }
    }
    if (Grows && Jitter)
      return "exponential-jitter";
    return Grows ? "exponential" : "fixed";
  }

  /// Assignments to a variable or field in the TU's own code: (operator, value, whether the
  /// value reads the variable itself). Collected by the "assign" matchers during the pass.
  std::vector<std::tuple<std::string, const Expr *, bool>> assignmentsTo(const NamedDecl *D) const {
    std::vector<std::tuple<std::string, const Expr *, bool>> Out;
    auto It = Assignments.find(D);
    if (It == Assignments.end())
      return Out;
    for (const auto &[Op, RHS] : It->second) {
      auto Refs = referencedVars(RHS);
      Out.emplace_back(Op, RHS, std::find(Refs.begin(), Refs.end(), D) != Refs.end());
    }
    return Out;
  }

  std::map<const NamedDecl *, std::vector<std::pair<std::string, const Expr *>>> Assignments;
  std::vector<std::pair<DelayFact, const Expr *>> PendingDelays;

  /// Delays are classified once every assignment of the TU has been seen.
  void finishDelays() {
    for (auto &[F, Arg] : PendingDelays) {
      F.Backoff = classifyDelay(Arg);
      for (const auto &[Function, Callback] : PendingWaits)
        if (Function == F.Function)
          F.Callbacks.push_back(Callback);
      Out.Delays.push_back(std::move(F));
    }
    PendingDelays.clear();
    PendingWaits.clear();
  }
};

} // namespace extract
} // namespace wslint
