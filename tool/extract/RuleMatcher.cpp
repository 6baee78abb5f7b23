// SPDX-License-Identifier: Apache-2.0
#include "RuleMatcher.h"

#include "llvm/Support/JSON.h"

namespace wslint {
namespace extract {

RuleMatcher::RuleMatcher(TUContext &TU, const PlaceReader &Places, const CallReader &Calls,
                         const SlotFlow &Slots, const EndpointReader &Endpoints,
                         DelayReader &Delays, BindingRecorder &Bindings, SiteRecorder &Sites,
                         HandlerRecorder &Handlers)
    : TU(TU), Places(Places), Calls(Calls), Slots(Slots), Endpoints(Endpoints), Delays(Delays),
      Bindings(Bindings), Sites(Sites), Handlers(Handlers) {
  for (const auto &L : TU.Rules.Libraries)
    for (const CallPattern *P : patternsOf(L)) {
      MethodNames.insert(P->Methods.begin(), P->Methods.end());
      FunctionNames.insert(P->Functions.begin(), P->Functions.end());
      if (P->Constructor && P->OfType.empty())
        ConstructedTypes.insert(L.SocketTypes.begin(), L.SocketTypes.end());
      else if (P->Constructor)
        ConstructedTypes.insert(P->OfType.begin(), P->OfType.end());
    }
}

/// Every call pattern a library's rules name, whatever its role.
std::vector<const CallPattern *> RuleMatcher::patternsOf(const LibraryRules &L) {
  std::vector<const CallPattern *> Out;
  for (const auto &O : L.OpenCalls) {
    Out.push_back(&O.Call);
    for (const auto &M : O.MadeBy)
      Out.push_back(&M.Call);
  }
  for (const auto &H : L.Heartbeats)
    Out.push_back(&H.Call);
  for (const auto &P : L.Pings)
    Out.push_back(&P);
  for (const auto &P : L.Sends)
    Out.push_back(&P);
  for (const auto &P : L.Closes)
    Out.push_back(&P);
  for (const auto &P : L.PerRequest)
    Out.push_back(&P);
  for (const auto &W : L.TimerWaits)
    Out.push_back(&W.Call);
  Out.push_back(&L.HeartbeatOff);
  Out.push_back(&L.AsyncReads);
  Out.push_back(&L.ReconnectOff);
  Out.push_back(&L.ReconnectStop);
  for (const auto &H : L.CloseHandlers)
    Out.push_back(&H.Call);
  for (const auto &H : L.MessageHandlers)
    Out.push_back(&H.Call);
  for (const auto &E : L.EventCallbacks)
    Out.push_back(&E.Call);
  for (const auto &D : L.Delays)
    Out.push_back(&D.Call);
  for (const auto &R : L.RetrySchedulers)
    Out.push_back(&R.Call);
  return Out;
}

void RuleMatcher::registerMatchers(MatchFinder &Finder) {
  // One matcher per kind of call, over the names of every rules file.
  std::vector<llvm::StringRef> Methods(MethodNames.begin(), MethodNames.end());
  if (!Methods.empty()) {
    Finder.addMatcher(
        cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName(Methods)))).bind("mcall"), this);
    // Objective-C messages, by selector (`open`, `initWithURL:`, `sendPing:error:`).
    Finder.addMatcher(objcMessageExpr(hasAnySelector(Methods)).bind("mcall"), this);
  }
  for (const auto &F : FunctionNames)
    QualifiedNames.push_back("::" + F);
  size_t FunctionsEnd = QualifiedNames.size();
  for (const auto &T : ConstructedTypes)
    QualifiedNames.push_back("::" + T);
  std::vector<llvm::StringRef> Functions(QualifiedNames.begin(),
                                         QualifiedNames.begin() + FunctionsEnd);
  std::vector<llvm::StringRef> Types(QualifiedNames.begin() + FunctionsEnd,
                                     QualifiedNames.end());
  if (!Functions.empty())
    Finder.addMatcher(
        callExpr(callee(functionDecl(hasAnyName(Functions))), unless(cxxMemberCallExpr()))
            .bind("fcall"),
        this);
  // A function the rules name that is a class's member, called as one: QObject's member
  // connect(sender, SIGNAL(…), SLOT(…)) is QObject::connect with the object as receiver
  // (test-inputs/libraries/qt-websockets/qt-websockets-string-connections, member-form).
  if (!Functions.empty())
    Finder.addMatcher(
        cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName(Functions)))).bind("member-fcall"),
        this);
  if (!Types.empty())
    Finder.addMatcher(
        cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(hasAnyName(Types)))))
            .bind("construct"),
        this);
  // A pong sent or expected, named by a message kind, an opcode or a constant
  // (`Action::PONG`, `packet::frame_pong`, `opcode::pong`, `LWS_WRITE_PONG`): the peer's
  // half of a heartbeat (test-inputs/heartbeat/heartbeat-peer-driven). A class named Pong is not one
  // (test-inputs/heartbeat/heartbeat-peer-driven-lookalikes).
  Finder.addMatcher(
      declRefExpr(to(namedDecl(anyOf(enumConstantDecl(), varDecl(hasType(isConstQualified()))),
                               matchesName("pong$", llvm::Regex::IgnoreCase))))
          .bind("pong"),
      this);
  // Sockets made by the standard library's factories and container emplacement: the
  // construction itself happens inside library code (test-inputs/identity/identity-factories).
  Finder.addMatcher(callExpr(callee(functionDecl(hasAnyName(std::vector<llvm::StringRef>(
                                 std::begin(FactoryFunctions), std::end(FactoryFunctions))))))
                        .bind("factory"),
                    this);
  Finder.addMatcher(cxxMemberCallExpr(callee(cxxMethodDecl(
                                          hasAnyName("emplace", "emplace_back", "emplace_front",
                                                     "try_emplace", "emplace_hint"))))
                        .bind("factory"),
                    this);
  // Assignments, for telling growing delays from fixed ones (classifyDelay).
  auto Assigned = ignoringParenImpCasts(anyOf(declRefExpr(to(varDecl().bind("var"))),
                                              memberExpr(member(fieldDecl().bind("var")))));
  // A plain assignment's target is read in run() (assignedTo): a variable, a field, or an
  // Objective-C instance variable or property (`_delay *= 2`, `self.delay = …`), which
  // no matcher names.
  Finder.addMatcher(
      binaryOperator(isAssignmentOperator(), hasRHS(expr().bind("rhs"))).bind("assign"), this);
  Finder.addMatcher(cxxOperatorCallExpr(hasAnyOverloadedOperatorName("=", "*=", "<<=", "+="),
                                        hasArgument(0, Assigned),
                                        hasArgument(1, expr().bind("rhs")))
                        .bind("assign"),
                    this);
}

void RuleMatcher::run(const MatchFinder::MatchResult &R) {
  if (const auto *A = R.Nodes.getNodeAs<Expr>("assign")) {
    if (TU.isLibraryCode(A->getBeginLoc()))
      return;
    std::string Op = "=";
    const NamedDecl *Var = R.Nodes.getNodeAs<ValueDecl>("var");
    const Expr *RHS = R.Nodes.getNodeAs<Expr>("rhs");
    if (const auto *B = dyn_cast<BinaryOperator>(A)) {
      Op = B->getOpcodeStr().str();
      Var = assignedTo(B->getLHS());
      // A property assignment's value is the compiler's named copy of what is written.
      if (const auto *OV = dyn_cast<OpaqueValueExpr>(RHS->IgnoreImpCasts());
          OV && OV->getSourceExpr())
        RHS = OV->getSourceExpr();
    } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(A)) {
      Op = getOperatorSpelling(OC->getOperator());
    }
    if (Var)
      Delays.recordAssignment(Var, Op, RHS);
    return;
  }
  if (const auto *P = R.Nodes.getNodeAs<DeclRefExpr>("pong")) {
    Context Where = Places.contextOf(DynTypedNode::create(*P));
    if (TU.isLibraryCode(P->getBeginLoc()) || !Where.Function || onlyCompared(*P))
      return;
    Evidence E;
    E.Kind = EvidenceKind::PongReply;
    E.Function = usrOf(Where.Function);
    E.Loc = TU.loc(P->getBeginLoc());
    E.Detail = TU.sourceText(P);
    TU.Out.Evidences.push_back(std::move(E));
    return;
  }
  if (const auto *F = R.Nodes.getNodeAs<CallExpr>("factory")) {
    if (!TU.isLibraryCode(F->getBeginLoc()))
      if (auto V = Calls.factoryView(F))
        onCall(*V);
    return;
  }
  if (const auto *M = R.Nodes.getNodeAs<CXXMemberCallExpr>("member-fcall")) {
    if (TU.isLibraryCode(M->getBeginLoc()))
      return;
    // Read as the function the rules name, its arguments where they are; the object stays
    // the receiver of what the arguments name (a SLOT).
    CallView V = Calls.viewOf(M);
    V.Kind = CallView::Function;
    V.Name = qualifiedName(V.Callee);
    V.SocketType = M->getType();
    onCall(V);
    return;
  }
  const Expr *Node = nullptr;
  if ((Node = R.Nodes.getNodeAs<Expr>("mcall")) || (Node = R.Nodes.getNodeAs<Expr>("fcall")) ||
      (Node = R.Nodes.getNodeAs<Expr>("construct")))
    if (!TU.isLibraryCode(Node->getBeginLoc()))
      onCall(Calls.viewOf(Node));
}

/// A pong written out: the text "pong", or a JSON object keyed by pong (`{"pong": 17}`) or
/// whose message kind is one (`{"op": "pong"}`, also type/event/method/action/cmd); a
/// message that only mentions the word (`{"game": "pong"}`) is not
/// (test-inputs/heartbeat/heartbeat-pong-reply, `literal`; look-alike
/// heartbeat-pong-reply-lookalikes/game-in-text).
static bool isPongText(llvm::StringRef Text) {
  if (Text.trim().equals_insensitive("pong"))
    return true;
  llvm::Expected<llvm::json::Value> V = llvm::json::parse(Text);
  if (!V) {
    llvm::consumeError(V.takeError());
    return false;
  }
  const llvm::json::Object *O = V->getAsObject();
  if (!O)
    return false;
  static const llvm::StringRef Kinds[] = {"op", "type", "event", "method", "action", "cmd"};
  for (const auto &[Key, Value] : *O) {
    llvm::StringRef K = Key;
    if (K.equals_insensitive("pong"))
      return true;
    auto Said = Value.getAsString();
    if (Said && Said->equals_insensitive("pong") &&
        llvm::any_of(Kinds, [&](llvm::StringRef Kind) { return K.equals_insensitive(Kind); }))
      return true;
  }
  return false;
}

/// Does a message sent name a pong: built by a function named …pong (`pong(msg)`,
/// `makePong()`), or a message kind or constant named so (`Type::Pong`), in the argument or
/// in the initializer of the local it names (one hop)? Functions and constants only: an
/// object of a class named Pong is a game's message, not a reply
/// (heartbeat-pong-reply-lookalikes, game-named-pong).
bool RuleMatcher::namesPong(const Expr *Arg, unsigned Depth) const {
  auto Pong = [](const NamedDecl *D) {
    return D->getIdentifier() && D->getName().ends_with_insensitive("pong");
  };
  if (!Arg || Depth > 1)
    return false;
  const Expr *E = peel(Arg);
  // A string made from a literal (`std::string("…")`, with its allocator): the literal.
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
      CE && CE->getNumArgs() >= 1 && isStringLike(CE->getType()))
    E = peel(CE->getArg(0));
  if (const auto *S = dyn_cast<StringLiteral>(E); S && S->getCharByteWidth() == 1)
    return isPongText(S->getString());
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    const ValueDecl *D = Ref->getDecl();
    if (const auto *V = dyn_cast<VarDecl>(D);
        V && V->isLocalVarDecl() && V->getInit() && namesPong(V->getInit(), Depth + 1))
      return true;
    return (isa<EnumConstantDecl>(D) || (isa<VarDecl>(D) && D->getType().isConstQualified())) &&
           Pong(D);
  }
  if (const auto *C = dyn_cast<CallExpr>(E)) {
    if (const FunctionDecl *F = C->getDirectCallee(); F && Pong(F))
      return true;
    return std::any_of(C->arg_begin(), C->arg_end(),
                       [&](const Expr *A) { return namesPong(A, Depth); });
  }
  return false;
}

/// Is the pong constant only compared with what arrived (`kind == frame_type::pong`,
/// `case Pong:`)? Noticing a pong is no answer to the server's ping: only a pong the code
/// sends or builds is (test-inputs/heartbeat/heartbeat-peer-driven-lookalikes).
bool RuleMatcher::onlyCompared(const DeclRefExpr &Ref) const {
  DynTypedNode N = DynTypedNode::create(Ref);
  for (;;) {
    auto Parents = TU.ast().getParents(N);
    if (Parents.empty())
      return false;
    N = Parents[0];
    if (const auto *E = N.get<Expr>();
        E && (isa<ImplicitCastExpr>(E) || isa<ParenExpr>(E) || isa<ConstantExpr>(E)))
      continue;
    if (const auto *B = N.get<BinaryOperator>())
      return B->isEqualityOp() || B->isRelationalOp();
    if (const auto *Op = N.get<CXXOperatorCallExpr>())
      return Op->getOperator() == OO_EqualEqual || Op->getOperator() == OO_ExclaimEqual;
    if (N.get<CaseStmt>())
      return true;
    return false;
  }
}

/// What an assignment writes to: a variable, a field, an Objective-C instance variable or
/// property; null for anything else (`*p`, `a[i]`).
const NamedDecl *RuleMatcher::assignedTo(const Expr *LHS) {
  LHS = LHS->IgnoreParenImpCasts();
  if (const auto *R = dyn_cast<DeclRefExpr>(LHS))
    return dyn_cast<VarDecl>(R->getDecl());
  if (const auto *M = dyn_cast<MemberExpr>(LHS))
    return dyn_cast<FieldDecl>(M->getMemberDecl());
  return objcStorageOf(LHS);
}

void RuleMatcher::onCall(const CallView &C) {
  Delays.onDelay(C);
  Handlers.onPerRequest(C);
  // Which libraries can this call belong to? Methods and constructions by the object's
  // type; free functions by name, in any library.
  std::vector<const LibraryRules *> Libs;
  if (C.Kind == CallView::Function) {
    for (const auto &L : TU.Rules.Libraries)
      Libs.push_back(&L);
  } else if (const LibraryRules *L = Calls.libraryOfObject(C)) {
    Libs.push_back(L);
  } else if (C.Message) {
    // A message to an object that is not a socket but makes one or watches one (an
    // NSURLSession's webSocketTaskWithURL:, its delegate): by the pattern's own type.
    for (const auto &L : TU.Rules.Libraries)
      for (const CallPattern *P : patternsOf(L))
        if (!P->OfType.empty() && Calls.isCallOfType(*P, C, L) && Calls.matches(*P, C)) {
          Libs.push_back(&L);
          break;
        }
  }
  if (Libs.empty())
    return;
  Context Where = Places.contextOf(DynTypedNode::create(*C.E));
  if (C.Kind == CallView::Method)
    Bindings.bindCallbackSockets(*Libs.front(), C, Where);
  for (const LibraryRules *L : Libs) {
    // Inside the socket type's own members (the library's sources kept in the project),
    // a call on the socket is the library at work, not the user opening another one
    // (test-inputs/identity/identity-vendored-library).
    if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Where.Function);
        MD && TU.libraryNamed(recordTemplateName(MD->getParent())) == L)
      continue;
    // A socket the call hands back through a pointer is the slot of everything this
    // call says about the socket it returns.
    Slot Written =
        C.Kind == CallView::Function ? Endpoints.outSlot(*L, C, Where) : temporarySlot();
    auto socketOf = [&](const CallPattern &P) {
      Slot S = Slots.slotFor(P, C, Where);
      return S.Kind == SlotKind::Temporary && P.SocketArg < 0 &&
                     Written.Kind != SlotKind::Temporary
                 ? Written
                 : S;
    };
    for (const auto &O : L->OpenCalls) {
      if (Calls.matches(O.Call, C)) {
        std::string Owner;
        if (C.Kind == CallView::Method && O.Call.SocketIsResult)
          Owner = Slots.slotOf(C.Object, Where).USR;
        Sites.addSite(*L, O, C, socketOf(O.Call), Where, Owner);
      }
      for (const auto &Maker : O.MadeBy)
        if (Calls.isCallOfType(Maker.Call, C, *L) && Calls.matches(Maker.Call, C))
          Sites.addMaker(*L, Maker, C.E, Where, socketOf(Maker.Call).USR);
    }
    for (const auto &H : L->Heartbeats)
      if (Calls.matches(H.Call, C)) {
        Slot Holder = socketOf(H.Call);
        Sites.addHeartbeat(
            *L, H, C, Holder.USR.empty() ? Slots.unnamedSocketSlot(C, Where) : Holder, Where);
      }
    for (const auto &P : L->Pings)
      if (Calls.matches(P, C)) {
        Evidence E = Sites.makeEvidence(*L, EvidenceKind::Ping, C, socketOf(P), Where,
                                        "ping sent by hand: " + TU.sourceText(C.E));
        E.InLoop = Where.LoopDepth > 0;
        Sites.addSend(std::move(E), Places.everyRoundLoop(Where));
      }
    for (const auto &P : L->Sends)
      if (Calls.matches(P, C)) {
        Evidence E = Sites.makeEvidence(*L, EvidenceKind::Send, C, socketOf(P), Where,
                                        "application-level heartbeat: " + TU.sourceText(C.E));
        Sites.addSend(std::move(E), Places.everyRoundLoop(Where));
        // A pong sent on this socket: the client answers the server's pings on it
        // (test-inputs/heartbeat/heartbeat-pong-reply).
        if (std::any_of(C.Args.begin(), C.Args.end(),
                        [&](const Expr *A) { return namesPong(A); })) {
          Evidence R = Sites.makeEvidence(*L, EvidenceKind::PongReply, C, socketOf(P), Where,
                                          TU.sourceText(C.E));
          R.InLoop = Where.LoopDepth > 0;
          Sites.pushEvidence(std::move(R));
        }
        break;
      }
    for (const auto &P : L->Closes)
      if (Calls.matches(P, C)) {
        Sites.pushEvidence(Sites.makeEvidence(*L, EvidenceKind::Close, C, socketOf(P), Where,
                                              TU.sourceText(C.E)));
        break;
      }
    if (Calls.matches(L->AsyncReads, C))
      Sites.pushEvidence(Sites.makeEvidence(*L, EvidenceKind::AsyncRead, C,
                                            socketOf(L->AsyncReads), Where, C.Name + "()"));
    if (Calls.matches(L->HeartbeatOff, C))
      Sites.pushEvidence(Sites.makeEvidence(
          *L, EvidenceKind::HeartbeatOff, C, socketOf(L->HeartbeatOff), Where,
          TU.sourceText(C.E) + " switches the library's heartbeat off"));
    if (Calls.matches(L->ReconnectOff, C))
      Sites.pushEvidence(Sites.makeEvidence(
          *L, EvidenceKind::ReconnectOff, C, socketOf(L->ReconnectOff), Where,
          TU.sourceText(C.E) + " switches the library's reconnect off"));
    if (Calls.matches(L->ReconnectStop, C))
      Sites.pushEvidence(Sites.makeEvidence(
          *L, EvidenceKind::ReconnectStop, C, socketOf(L->ReconnectStop), Where,
          TU.sourceText(C.E) + " stops the library's reconnect"));
    Handlers.onRetryScheduler(*L, C);
    auto Bind = [&](llvm::ArrayRef<const Decl *> Fs, const Expr *SocketExpr, const Slot &On) {
      Bindings.bindHandlerSockets(*L, Fs, SocketExpr, On, C.E, Where);
    };
    Handlers.onHandler(L->CloseHandlers, /*Message=*/false, C, socketOf, Bind);
    Handlers.onHandler(L->MessageHandlers, /*Message=*/true, C, socketOf, Bind);
    for (const auto &E : L->EventCallbacks)
      if (Calls.matches(E.Call, C))
        Bindings.bindEventSockets(E, C, socketOf(E.Call), Where);
  }
}

} // namespace extract
} // namespace wslint
