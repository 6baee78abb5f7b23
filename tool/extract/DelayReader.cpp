// SPDX-License-Identifier: Apache-2.0
#include "DelayReader.h"

#include <algorithm>
#include <functional>

namespace wslint {
namespace extract {

void DelayReader::onDelay(const CallView &C) {
  for (const auto &L : TU.Rules.Libraries)
    for (const auto &D : L.Delays) {
      // A parameter left to its default is no delay: asio's `steady_timer t(ioc)` fills
      // an enable_if pointer after the context (test-inputs/reconnect/reconnect-timer-drained-queue).
      if (!Calls.isCallOfType(D.Call, C, L) || !Calls.matches(D.Call, C) ||
          D.DelayArg >= C.Args.size() || isa<CXXDefaultArgExpr>(C.Args[D.DelayArg]) ||
          waitsNoTime(C.Args[D.DelayArg]))
        continue;
      Context Where = Places.contextOf(DynTypedNode::create(*C.E));
      DelayFact F;
      F.Function = usrOf(Where.Function);
      F.Loc = TU.loc(C.Loc);
      F.Detail = TU.sourceText(C.E);
      F.InLoop = Where.LoopDepth > 0;
      F.Seconds = durationSeconds(C.Args[D.DelayArg], D.Unit, TU.ast()).value_or(0);
      if (Where.InnermostLoop)
        WaitingLoops.insert(Where.InnermostLoop);
      if (D.Blocks && Where.InnermostLoop)
        RoundWaits[Where.InnermostLoop].push_back(F.Seconds);
      if (D.Blocks && Where.Function && Where.LoopDepth == 0 && Where.Conditions.empty())
        Blockers.insert(Where.Function->getCanonicalDecl());
      // A timer that repeats by itself (NSTimer's `repeats:YES`, emscripten_set_interval, a
      // g_timeout_add callback that returns TRUE) runs its callback again and again: the
      // callback is periodic (test-inputs/libraries/socketrocket/socketrocket-ping-timer,
      // test-inputs/libraries/emscripten/emscripten-heartbeat-timers).
      bool Repeats = D.Repeats == DelayRule::Repetition::Always;
      if (D.RepeatsArg >= 0 && static_cast<unsigned>(D.RepeatsArg) < C.Args.size()) {
        bool Value = false;
        Repeats = C.Args[D.RepeatsArg]->EvaluateAsBooleanCondition(Value, TU.ast()) && Value;
      }
      for (const Decl *Cb : Calls.handlerFunctions(C, D.DelayArg)) {
        F.Callbacks.push_back(usrOf(Cb));
        if (Repeats || (D.Repeats == DelayRule::Repetition::WhileCallbackReturnsTrue &&
                        mayReturnTrue(Cb)))
          addRepeatingEdge(F.Function, Cb, F.Loc);
      }
      PendingDelays.emplace_back(std::move(F), C.Args[D.DelayArg]);
      return;
    }
  for (const auto &L : TU.Rules.Libraries)
    for (const auto &W : L.TimerWaits) {
      if (!Calls.isCallOfType(W.Call, C, L) || !Calls.matches(W.Call, C))
        continue;
      Context Where = Places.contextOf(DynTypedNode::create(*C.E));
      // A QTimer connected to a slot runs it on every timeout, unless the same timer is
      // made single-shot (test-inputs/libraries/qt-websockets/qt-websockets-timer-shapes).
      const Expr *Timer = C.Kind == CallView::Method ? C.Object
                          : W.Call.SocketArg >= 0 &&
                                  static_cast<unsigned>(W.Call.SocketArg) < C.Args.size()
                              ? C.Args[W.Call.SocketArg]
                              : nullptr;
      bool Repeats = W.Repeats && !(Timer && !W.SingleShotMethod.empty() &&
                                    madeSingleShot(Timer, W.SingleShotMethod, Where.Function));
      SourceLoc At = TU.loc(C.Loc);
      for (const Decl *Cb : Calls.handlerFunctions(C, W.Call.SocketArg)) {
        PendingWaits.emplace_back(usrOf(Where.Function), usrOf(Cb));
        if (Repeats)
          addRepeatingEdge(usrOf(Where.Function), Cb, At);
      }
      return;
    }
}

void DelayReader::addRepeatingEdge(const std::string &From, const Decl *Callback,
                                   SourceLoc At) {
  if (From.empty())
    return;
  CallEdge E{From, usrOf(Callback), EdgeKind::Repeating};
  E.Loc = At;
  TU.Out.Edges.push_back(std::move(E));
}

/// Can the callback return something other than false? A callback the TU does not define,
/// or one with a return whose value is not a constant false, may ask to run again
/// (g_timeout_add's G_SOURCE_CONTINUE, emscripten_set_timeout_loop's EM_TRUE).
bool DelayReader::mayReturnTrue(const Decl *Callback) const {
  const Stmt *Body = Callback->getBody();
  if (!Body)
    return true;
  for (const auto &B : match(findAll(returnStmt().bind("r")), *Body, TU.ast())) {
    const Expr *V = B.getNodeAs<ReturnStmt>("r")->getRetValue();
    bool Value = true;
    if (!V || V->isValueDependent() || !V->EvaluateAsBooleanCondition(Value, TU.ast()) ||
        Value)
      return true;
  }
  return false;
}

/// The declaration an expression naming an object stands for: `timer`, `&timer_`,
/// `this->timer_`, `*t` give the variable or field.
static const ValueDecl *objectNamed(const Expr *E) {
  for (;;) {
    E = E->IgnoreParenImpCasts();
    if (const auto *U = dyn_cast<UnaryOperator>(E);
        U && (U->getOpcode() == UO_AddrOf || U->getOpcode() == UO_Deref)) {
      E = U->getSubExpr();
      continue;
    }
    break;
  }
  if (const auto *DR = dyn_cast<DeclRefExpr>(E))
    return DR->getDecl();
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return ME->getMemberDecl();
  return nullptr;
}

/// Does the code call Method(true) on the timer Timer names: in the function In for a
/// local, in any method of the class for a field?
bool DelayReader::madeSingleShot(const Expr *Timer, const std::string &Method,
                                 const Decl *In) const {
  const ValueDecl *Named = objectNamed(Timer);
  if (!Named)
    return false;
  std::vector<const Stmt *> Bodies;
  if (const auto *Field = dyn_cast<FieldDecl>(Named)) {
    if (const auto *RD = dyn_cast<CXXRecordDecl>(Field->getParent()))
      for (const CXXMethodDecl *M : RD->methods())
        if (const FunctionDecl *Def = M->getDefinition(); Def && Def->getBody())
          Bodies.push_back(Def->getBody());
  } else if (In && In->getBody()) {
    Bodies.push_back(In->getBody());
  }
  for (const Stmt *Body : Bodies)
    for (const auto &B : match(findAll(cxxMemberCallExpr(callee(cxxMethodDecl(hasName(Method))))
                                           .bind("c")),
                               *Body, TU.ast())) {
      const auto *Call = B.getNodeAs<CXXMemberCallExpr>("c");
      bool Value = false;
      if (Call->getNumArgs() == 1 && objectNamed(Call->getImplicitObjectArgument()) == Named &&
          Call->getArg(0)->EvaluateAsBooleanCondition(Value, TU.ast()) && Value)
        return true;
    }
  return false;
}

/// A delay written as a constant that is no time: 0 (don't wait), a negative number
/// (poll's -1: wait only for the descriptor) or a null pointer (select's: the same).
/// test-inputs/heartbeat/heartbeat-wait-timeout/posix-poll-forever.
bool DelayReader::waitsNoTime(const Expr *Arg) const {
  if (Arg->isValueDependent())
    return false;
  if (Arg->isNullPointerConstant(TU.ast(), Expr::NPC_ValueDependentIsNotNull))
    return true;
  Expr::EvalResult R;
  return Arg->EvaluateAsInt(R, TU.ast()) && R.Val.isInt() && R.Val.getInt().isNonPositive();
}

double DelayReader::roundSeconds(const Stmt *Loop) const {
  auto It = RoundWaits.find(Loop);
  if (It == RoundWaits.end() || llvm::is_contained(It->second, 0.0))
    return 0;
  return *std::min_element(It->second.begin(), It->second.end());
}

bool DelayReader::inWaitingLoop(const Stmt *S) const {
  if (WaitingLoops.empty())
    return false;
  return WaitingLoops.count(
             Places.everyRoundLoop(Places.contextOf(DynTypedNode::create(*S)))) != 0;
}

/// Does E (or what it calls) draw a random number? rand(), random(), std::*_distribution,
/// std::mt19937, QRandomGenerator: test-inputs/libraries/boost-beast/boost-beast-reconnect-backoff-jitter.
bool DelayReader::containsRandom(const Expr *E) const {
  for (const auto &B : match(findAll(callExpr().bind("c")), *E, TU.ast())) {
    const auto *Call = B.getNodeAs<CallExpr>("c");
    std::string Name;
    if (const FunctionDecl *FD = Call->getDirectCallee())
      Name = llvm::StringRef(qualifiedName(FD)).lower();
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call); Op && Op->getNumArgs() > 0)
      Name += " " + llvm::StringRef(typeName(Op->getArg(0)->getType())).lower();
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
      if (MC->getImplicitObjectArgument())
        Name +=
            " " + llvm::StringRef(typeName(MC->getImplicitObjectArgument()->getType())).lower();
    if (llvm::StringRef(Name).contains("rand") ||
        llvm::StringRef(Name).contains("distribution") ||
        llvm::StringRef(Name).contains("mersenne") || llvm::StringRef(Name).contains("jitter"))
      return true;
  }
  return false;
}

/// Variables, fields, instance variables and properties an expression reads.
std::vector<const NamedDecl *> DelayReader::referencedVars(const Expr *E) const {
  std::vector<const NamedDecl *> Out;
  for (const auto &B : match(findAll(declRefExpr(to(varDecl())).bind("r")), *E, TU.ast()))
    Out.push_back(B.getNodeAs<DeclRefExpr>("r")->getDecl());
  for (const auto &B : match(findAll(memberExpr(member(fieldDecl())).bind("m")), *E, TU.ast()))
    Out.push_back(B.getNodeAs<MemberExpr>("m")->getMemberDecl());
  if (TU.ast().getLangOpts().ObjC)
    for (const auto &B : match(findAll(expr().bind("o")), *E, TU.ast()))
      if (const auto *O = B.getNodeAs<Expr>("o");
          isa<ObjCIvarRefExpr>(O) || isa<ObjCPropertyRefExpr>(O))
        if (const NamedDecl *D = objcStorageOf(O))
          Out.push_back(D);
  return Out;
}

bool DelayReader::multipliesOrShifts(const Expr *E) const {
  if (!match(findAll(binaryOperator(hasAnyOperatorName("*", "<<", "*=", "<<="))), *E, TU.ast())
           .empty())
    return true;
  if (!match(findAll(cxxOperatorCallExpr(hasAnyOverloadedOperatorName("*", "<<", "*=", "<<="))),
             *E, TU.ast())
           .empty())
    return true;
  for (const auto &B : match(findAll(callExpr().bind("c")), *E, TU.ast()))
    if (const FunctionDecl *FD = B.getNodeAs<CallExpr>("c")->getDirectCallee())
      if (FD->getIdentifier() &&
          (FD->getName() == "pow" || FD->getName() == "exp2" || FD->getName() == "ldexp"))
        return true;
  return false;
}

/// "exponential-jitter", "exponential" or "fixed": how the delay is computed. Growth is a
/// variable of the delay that some assignment in the TU multiplies or shifts (delay *= 2,
/// delay = min(delay * 2, cap), base << attempt); jitter is randomness in the delay or in
/// what is assigned to its variables.
std::string DelayReader::classifyDelay(const Expr *Arg) const {
  bool Grows = false, Jitter = containsRandom(Arg);
  // base << attempt, pow(2, attempt): growth written in the argument itself.
  for (const auto &B :
       match(findAll(binaryOperator(hasOperatorName("<<")).bind("s")), *Arg, TU.ast()))
    if (!B.getNodeAs<BinaryOperator>("s")->getRHS()->isEvaluatable(TU.ast()))
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
    if (Arithmetic && multipliesOrShifts(V) && !V->isEvaluatable(TU.ast()))
      Grows = true;
    for (const NamedDecl *R : referencedVars(V))
      Work.push_back(R);
    for (const auto &B : match(findAll(callExpr().bind("c")), *V, TU.ast())) {
      const FunctionDecl *FD = B.getNodeAs<CallExpr>("c")->getDirectCallee();
      const FunctionDecl *Def = FD ? FD->getDefinition() : nullptr;
      if (!Def || !Def->hasBody() || TU.isLibraryCode(Def->getLocation()) ||
          SeenFunctions.size() > 8 || !SeenFunctions.insert(Def).second)
        continue;
      for (const auto &R : match(findAll(returnStmt().bind("r")), *Def->getBody(), TU.ast()))
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
std::vector<std::tuple<std::string, const Expr *, bool>>
DelayReader::assignmentsTo(const NamedDecl *D) const {
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

void DelayReader::recordAssignment(const NamedDecl *Var, std::string Op, const Expr *Value) {
  Assignments[Var].emplace_back(std::move(Op), Value);
}

namespace {
/// Calls, in the TU's own code, of functions that always block.
class BlockerCalls : public OwnCodeVisitor<BlockerCalls> {
public:
  BlockerCalls(const TUContext &TU, const std::set<const Decl *> &Blockers)
      : OwnCodeVisitor(TU), Blockers(Blockers) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool VisitCallExpr(CallExpr *C) {
    if (const FunctionDecl *F = C->getDirectCallee();
        F && Blockers.count(F->getCanonicalDecl()))
      Found.push_back(C);
    return true;
  }
  std::vector<const CallExpr *> Found;

private:
  const std::set<const Decl *> &Blockers;
};
} // namespace

/// A loop that calls a helper of the TU which always blocks waits between rounds as much
/// as one that sleeps itself: websocketpp's telemetry_client ends each round with
/// `wait_a_bit()`, which sleeps (test-inputs/heartbeat/heartbeat-loop-waits-in-helper; a
/// helper that sleeps only sometimes, or arms a timer, is no wait).
void DelayReader::addLoopsCallingBlockers() {
  if (Blockers.empty())
    return;
  // A function that always calls a blocker blocks too: repeat until no new one is found.
  std::vector<const CallExpr *> Calls;
  for (size_t Before = 0; Before != Blockers.size();) {
    Before = Blockers.size();
    BlockerCalls Finder(TU, Blockers);
    Finder.TraverseDecl(TU.ast().getTranslationUnitDecl());
    Calls = std::move(Finder.Found);
    for (const CallExpr *C : Calls) {
      Context Where = Places.contextOf(DynTypedNode::create(*C));
      if (Where.Function && Where.LoopDepth == 0 && Where.Conditions.empty())
        Blockers.insert(Where.Function->getCanonicalDecl());
    }
  }
  for (const CallExpr *C : Calls)
    if (const Stmt *Loop = Places.contextOf(DynTypedNode::create(*C)).InnermostLoop)
      WaitingLoops.insert(Loop);
}

void DelayReader::finish() {
  addLoopsCallingBlockers();
  for (auto &[F, Arg] : PendingDelays) {
    F.Backoff = classifyDelay(Arg);
    for (const auto &[Function, Callback] : PendingWaits)
      if (Function == F.Function)
        F.Callbacks.push_back(Callback);
    TU.Out.Delays.push_back(std::move(F));
  }
  PendingDelays.clear();
  PendingWaits.clear();
}

} // namespace extract
} // namespace wslint
