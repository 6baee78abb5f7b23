// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (tool/extract/Extractor.cpp includes it; nothing else may).
// The match callback: the matchers built from the rules, and the facts each matched call adds
// (sites, evidence, handlers, bindings).
#pragma once

#include "Bindings.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

#include <set>

namespace wslint {
namespace extract {

/// Per-TU state shared by the match callback and the graph visitor.
class Collector : public BindingRecorder, public MatchFinder::MatchCallback {
public:
  Collector(const RuleSet &Rules, const ExtractOptions &Opts, TUFacts &Out)
      : BindingRecorder(Rules, Opts, Out) {
    for (const auto &L : Rules.Libraries)
      for (const CallPattern *P : patternsOf(L)) {
        MethodNames.insert(P->Methods.begin(), P->Methods.end());
        FunctionNames.insert(P->Functions.begin(), P->Functions.end());
        if (P->Constructor)
          ConstructedTypes.insert(L.SocketTypes.begin(), L.SocketTypes.end());
      }
  }

  /// Every call pattern a library's rules name, whatever its role.
  static std::vector<const CallPattern *> patternsOf(const LibraryRules &L) {
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
    for (const auto &P : L.TimerWaits)
      Out.push_back(&P);
    Out.push_back(&L.HeartbeatOff);
    Out.push_back(&L.AsyncReads);
    Out.push_back(&L.ReconnectOff);
    for (const auto &H : L.CloseHandlers)
      Out.push_back(&H.Call);
    for (const auto &D : L.Delays)
      Out.push_back(&D.Call);
    for (const auto &R : L.RetrySchedulers)
      Out.push_back(&R.Call);
    return Out;
  }

  void registerMatchers(MatchFinder &Finder) {
    // One matcher per kind of call, over the names of every rules file.
    std::vector<llvm::StringRef> Methods(MethodNames.begin(), MethodNames.end());
    if (!Methods.empty()) {
      Finder.addMatcher(
          cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName(Methods)))).bind("mcall"),
          this);
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
      Finder.addMatcher(callExpr(callee(functionDecl(hasAnyName(Functions))),
                                 unless(cxxMemberCallExpr()))
                            .bind("fcall"),
                        this);
    if (!Types.empty())
      Finder.addMatcher(
          cxxConstructExpr(hasDeclaration(cxxConstructorDecl(ofClass(hasAnyName(Types)))))
              .bind("construct"),
          this);
    // A pong sent or expected, named by a message kind, an opcode or a constant
    // (`Action::PONG`, `packet::frame_pong`, `opcode::pong`, `LWS_WRITE_PONG`): the peer's
    // half of a heartbeat (test-inputs/heartbeat-peer-driven). A class named Pong is not one
    // (test-inputs/heartbeat-peer-driven-lookalikes).
    Finder.addMatcher(
        declRefExpr(to(namedDecl(anyOf(enumConstantDecl(), varDecl(hasType(isConstQualified()))),
                                 matchesName("pong$", llvm::Regex::IgnoreCase))))
            .bind("pong"),
        this);
    // Sockets made by the standard library's factories and container emplacement: the
    // construction itself happens inside library code (test-inputs/identity-factories).
    Finder.addMatcher(callExpr(callee(functionDecl(hasAnyName(std::vector<llvm::StringRef>(
                                   std::begin(FactoryFunctions), std::end(FactoryFunctions))))))
                          .bind("factory"),
                      this);
    Finder.addMatcher(cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName(
                                            "emplace", "emplace_back", "emplace_front",
                                            "try_emplace", "emplace_hint"))))
                          .bind("factory"),
                      this);
    // Assignments, for telling growing delays from fixed ones (classifyDelay).
    auto Assigned = ignoringParenImpCasts(anyOf(declRefExpr(to(varDecl().bind("var"))),
                                                memberExpr(member(fieldDecl().bind("var")))));
    // A plain assignment's target is read in run() (assignedTo): a variable, a field, or an
    // Objective-C instance variable or property (`_delay *= 2`, `self.delay = …`), which
    // no matcher names.
    Finder.addMatcher(binaryOperator(isAssignmentOperator(), hasRHS(expr().bind("rhs")))
                          .bind("assign"),
                      this);
    Finder.addMatcher(cxxOperatorCallExpr(hasAnyOverloadedOperatorName("=", "*=", "<<=", "+="),
                                          hasArgument(0, Assigned),
                                          hasArgument(1, expr().bind("rhs")))
                          .bind("assign"),
                      this);
  }

  void run(const MatchFinder::MatchResult &R) override {
    Ctx = R.Context;
    if (const auto *A = R.Nodes.getNodeAs<Expr>("assign")) {
      if (isLibraryCode(A->getBeginLoc()))
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
        Assignments[Var].emplace_back(Op, RHS);
      return;
    }
    if (const auto *P = R.Nodes.getNodeAs<DeclRefExpr>("pong")) {
      Context Where = contextOf(DynTypedNode::create(*P));
      if (isLibraryCode(P->getBeginLoc()) || !Where.Function)
        return;
      Evidence E;
      E.Kind = EvidenceKind::PongReply;
      E.Function = usrOf(Where.Function);
      E.Loc = loc(P->getBeginLoc());
      E.Detail = sourceText(P);
      Out.Evidences.push_back(std::move(E));
      return;
    }
    if (const auto *F = R.Nodes.getNodeAs<CallExpr>("factory")) {
      if (!isLibraryCode(F->getBeginLoc()))
        if (auto V = factoryView(F))
          onCall(*V);
      return;
    }
    const Expr *Node = nullptr;
    if ((Node = R.Nodes.getNodeAs<Expr>("mcall")) ||
        (Node = R.Nodes.getNodeAs<Expr>("fcall")) ||
        (Node = R.Nodes.getNodeAs<Expr>("construct")))
      if (!isLibraryCode(Node->getBeginLoc()))
        onCall(viewOf(Node));
  }

protected:
  std::set<std::string> MethodNames, FunctionNames, ConstructedTypes;
  std::vector<std::string> QualifiedNames;
  std::set<std::pair<SourceLoc, std::string>> SeenSites, SeenEvidence;

  /// Application messages sent from inside a loop, until we know whether the loop waits.
  std::vector<std::pair<Evidence, const Stmt *>> PendingSends;

  /// What an assignment writes to: a variable, a field, an Objective-C instance variable or
  /// property; null for anything else (`*p`, `a[i]`).
  static const NamedDecl *assignedTo(const Expr *LHS) {
    LHS = LHS->IgnoreParenImpCasts();
    if (const auto *R = dyn_cast<DeclRefExpr>(LHS))
      return dyn_cast<VarDecl>(R->getDecl());
    if (const auto *M = dyn_cast<MemberExpr>(LHS))
      return dyn_cast<FieldDecl>(M->getMemberDecl());
    return objcStorageOf(LHS);
  }

public:
  /// The user's methods a message hands on by selector (`@selector(reconnect)` with its
  /// target): they run later, when whoever got them decides.
  std::vector<const Decl *> selectorCallbacks(const ObjCMessageExpr *M) {
    std::vector<const Decl *> Out;
    CallView V = viewOf(M);
    for (unsigned I = 0; I < V.Args.size(); ++I)
      if (const auto *Sel = dyn_cast<ObjCSelectorExpr>(peel(V.Args[I])))
        for (const ObjCMethodDecl *OM : methodsFor(Sel->getSelector(), selectorTarget(V, I)))
          Out.push_back(OM);
    return Out;
  }

  /// At the end of the pass: delays classified, sends known periodic or not.
  void finish() {
    finishDelays();
    for (auto &[E, Loop] : PendingSends) {
      E.InLoop = Loop && WaitingLoops.count(Loop);
      pushEvidence(std::move(E));
    }
    PendingSends.clear();
  }

protected:
  /// A call that makes an object an opening call later opens (SocketRocket's initWithURL:
  /// before open): where the endpoint and the owner are stated.
  struct Maker {
    const LibraryRules *Library;
    const OpenCallRule *Rule;
    const Expr *Call;
    Context Where;
    std::string SlotUSR; ///< the slot it stores into ("" for a temporary)
  };
  std::vector<Maker> Makers;
  /// Sites whose endpoint their maker states: (index in Out.Sites, library, the object the
  /// opening call is sent to).
  struct AwaitingSite {
    size_t Index;
    const LibraryRules *Library;
    const Expr *Object;
  };
  std::vector<AwaitingSite> AwaitingMaker;

public:
  /// Once the TU is read and its bindings known (after the graph): each site opened on an
  /// object some call made gets that call's endpoint and owner. The object is made in the
  /// opening expression itself (`[[[SRWebSocket alloc] initWithURL:u] open]`), stored in
  /// the socket's slot (test-inputs/socketrocket-reconnect-fixed-delay), or in the slot a
  /// helper's parameter is bound to in this TU (test-inputs/socketrocket-helper-and-getter).
  void finishMakers() {
    for (const AwaitingSite &A : AwaitingMaker) {
      SocketSite &S = Out.Sites[A.Index];
      const Expr *Direct = A.Object ? peel(A.Object) : nullptr;
      std::set<std::string> Slots = {S.Holder.USR};
      for (const SlotBinding &B : Out.Bindings)
        if (B.ParamUSR == S.Holder.USR)
          Slots.insert(B.Arg.USR);
      for (const Maker &M : Makers) {
        if (M.Library != A.Library ||
            !(M.Call == Direct || (!M.SlotUSR.empty() && Slots.count(M.SlotUSR))))
          continue;
        CallView V = viewOf(M.Call);
        SocketSite Made;
        describeEndpoint(*M.Library, *M.Rule, V, Made);
        if (S.OwnerUSR.empty() && M.Rule->Call.SocketIsResult && V.Object)
          S.OwnerUSR = slotOf(V.Object, M.Where).USR;
        if (!Made.Endpoint.empty() && (S.Endpoint.empty() || (!S.EndpointIsLiteral &&
                                                              Made.EndpointIsLiteral))) {
          S.Endpoint = Made.Endpoint;
          S.EndpointIsLiteral = Made.EndpointIsLiteral;
        }
      }
    }
    AwaitingMaker.clear();
    Makers.clear();
  }

protected:
  void onCall(const CallView &C) {
    onDelay(C);
    onPerRequest(C);
    // Which libraries can this call belong to? Methods and constructions by the object's
    // type; free functions by name, in any library.
    std::vector<const LibraryRules *> Libs;
    if (C.Kind == CallView::Function) {
      for (const auto &L : Rules.Libraries)
        Libs.push_back(&L);
    } else if (const LibraryRules *L = libraryOfObject(C)) {
      Libs.push_back(L);
    } else if (C.Message) {
      // A message to an object that is not a socket but makes one or watches one (an
      // NSURLSession's webSocketTaskWithURL:, its delegate): by the pattern's own type.
      for (const auto &L : Rules.Libraries)
        for (const CallPattern *P : patternsOf(L))
          if (!P->OfType.empty() && isCallOfType(*P, C, L) && matches(*P, C)) {
            Libs.push_back(&L);
            break;
          }
    }
    if (Libs.empty())
      return;
    Context Where = contextOf(DynTypedNode::create(*C.E));
    if (C.Kind == CallView::Method)
      bindCallbackSockets(*Libs.front(), C, Where);
    for (const LibraryRules *L : Libs) {
      // Inside the socket type's own members (the library's sources kept in the project),
      // a call on the socket is the library at work, not the user opening another one
      // (test-inputs/identity-vendored-library).
      if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Where.Function))
        if (auto It = TypeToLibrary.find(recordTemplateName(MD->getParent()));
            It != TypeToLibrary.end() && It->second == L)
          continue;
      // A socket the call hands back through a pointer is the slot of everything this
      // call says about the socket it returns.
      Slot Written = C.Kind == CallView::Function ? outSlot(*L, C, Where) : temporarySlot();
      auto socketOf = [&](const CallPattern &P) {
        Slot S = slotFor(P, C, Where);
        return S.Kind == SlotKind::Temporary && P.SocketArg < 0 &&
                       Written.Kind != SlotKind::Temporary
                   ? Written
                   : S;
      };
      for (const auto &O : L->OpenCalls) {
        if (matches(O.Call, C)) {
          std::string Owner;
          if (C.Kind == CallView::Method && O.Call.SocketIsResult)
            Owner = slotOf(C.Object, Where).USR;
          addSite(*L, O, C, socketOf(O.Call), Where, Owner);
        }
        for (const auto &Maker : O.MadeBy)
          if (isCallOfType(Maker.Call, C, *L) && matches(Maker.Call, C))
            Makers.push_back({L, &Maker, C.E, Where, socketOf(Maker.Call).USR});
      }
      for (const auto &H : L->Heartbeats)
        if (matches(H.Call, C)) {
          Slot Holder = socketOf(H.Call);
          addHeartbeat(*L, H, C, Holder.USR.empty() ? unnamedSocketSlot(C, Where) : Holder,
                       Where);
        }
      for (const auto &P : L->Pings)
        if (matches(P, C)) {
          Evidence E = makeEvidence(*L, EvidenceKind::Ping, C, socketOf(P), Where,
                                    "ping sent by hand: " + sourceText(C.E));
          E.InLoop = Where.LoopDepth > 0;
          pushEvidence(std::move(E));
        }
      for (const auto &P : L->Sends)
        if (matches(P, C)) {
          Evidence E = makeEvidence(*L, EvidenceKind::Send, C, socketOf(P), Where,
                                    "application-level heartbeat: " + sourceText(C.E));
          PendingSends.emplace_back(std::move(E), everyRoundLoop(Where));
          break;
        }
      for (const auto &P : L->Closes)
        if (matches(P, C)) {
          pushEvidence(makeEvidence(*L, EvidenceKind::Close, C, socketOf(P), Where,
                                    sourceText(C.E)));
          break;
        }
      if (matches(L->AsyncReads, C))
        pushEvidence(makeEvidence(*L, EvidenceKind::AsyncRead, C,
                                  socketOf(L->AsyncReads), Where, C.Name + "()"));
      if (matches(L->HeartbeatOff, C))
        pushEvidence(makeEvidence(*L, EvidenceKind::HeartbeatOff, C,
                                  socketOf(L->HeartbeatOff), Where,
                                  sourceText(C.E) + " switches the library's heartbeat off"));
      if (matches(L->ReconnectOff, C))
        pushEvidence(makeEvidence(*L, EvidenceKind::ReconnectOff, C,
                                  socketOf(L->ReconnectOff), Where,
                                  sourceText(C.E) + " switches the library's reconnect off"));
      for (const auto &RS : L->RetrySchedulers) {
        if (!matches(RS.Call, C))
          continue;
        std::string Backoff = RS.Backoff, Describe = RS.Describe;
        if (RS.NullArg >= 0 && static_cast<unsigned>(RS.NullArg) < C.Args.size() &&
            C.Args[RS.NullArg]->isNullPointerConstant(*Ctx,
                                                      Expr::NPC_ValueDependentIsNotNull)) {
          Backoff = RS.NullBackoff;
          Describe += " (no policy given: the library's fixed default)";
        }
        for (const Decl *F : handlerFunctions(C, -1))
          Out.Handlers.push_back({"", usrOf(F), loc(C.Loc), calleeText(C) + ": " + Describe,
                                  Backoff});
      }
      for (const auto &H : L->CloseHandlers) {
        if (!matches(H.Call, C))
          continue;
        Slot On = socketOf(H.Call);
        if (On.USR.empty())
          continue;
        std::vector<std::string> Handlers;
        if (H.DelegateArg < 0)
          for (const Decl *F : handlerFunctions(C, H.Call.SocketArg))
            Handlers.push_back(usrOf(F));
        else if (static_cast<unsigned>(H.DelegateArg) < C.Args.size())
          Handlers = delegateMethods(C.Args[H.DelegateArg], H.DelegateMethods);
        for (const auto &F : Handlers)
          Out.Handlers.push_back({On.USR, F, loc(C.Loc), calleeText(C), ""});
      }
    }
  }

  /// A server registration whose callback runs once per request (matched by its own
  /// class, like delays: a server is not a socket).
  void onPerRequest(const CallView &C) {
    for (const auto &L : Rules.Libraries)
      for (const auto &P : L.PerRequest) {
        if (!isCallOfType(P, C, L) || !matches(P, C))
          continue;
        for (const Decl *F : handlerFunctions(C, -1))
          Out.PerRequest.push_back({usrOf(F), loc(C.Loc), calleeText(C)});
        return;
      }
  }

public:
  /// An override of a server's per-request method (POCO's HTTPRequestHandler::handleRequest).
  void addPerRequestOverride(const CXXMethodDecl *MD) {
    for (const CXXMethodDecl *Base : MD->overridden_methods())
      for (const auto &L : Rules.Libraries)
        if (std::find(L.PerRequestOverrides.begin(), L.PerRequestOverrides.end(),
                      qualifiedName(Base)) != L.PerRequestOverrides.end())
          Out.PerRequest.push_back(
              {usrOf(MD), loc(MD->getLocation()), qualifiedName(Base) + " override"});
  }

protected:
  void addSite(const LibraryRules &L, const OpenCallRule &O, const CallView &C, Slot Holder,
               const Context &Where, const std::string &Owner) {
    SocketSite S;
    S.OwnerUSR = Owner;
    S.Library = L.Id;
    S.LibraryName = L.Name;
    S.ClientKind = L.ClientKind;
    S.OpenCall = C.calleeName();
    S.Loc = loc(C.Loc);
    S.Function = usrOf(Where.Function);
    S.In = placementOf(Where);
    S.Holder = std::move(Holder);
    if (S.Holder.USR.empty())
      S.Holder = unnamedSocketSlot(C, Where);
    if (!describeEndpoint(L, O, C, S))
      return; // the URL says this is not a WebSocket (libcurl's other protocols)
    if (!SeenSites.insert({S.Loc, S.Holder.USR}).second)
      return;
    if (!O.MadeBy.empty())
      AwaitingMaker.push_back({Out.Sites.size(), &L, C.Object});
    collectBoundaryComments(C.E->getBeginLoc(), S);
    // What the library does by default comes with the socket, whatever the conditions
    // around the opening call.
    Context Unconditional = Where;
    Unconditional.Conditions.clear();
    if (L.ReconnectByDefault) {
      Evidence E = makeEvidence(L, EvidenceKind::ReconnectDefault, C, S.Holder, Unconditional,
                                "library default: " + L.ReconnectByDefault->Describe);
      E.LibraryDefault = true;
      E.Backoff = L.ReconnectByDefault->Backoff;
      pushEvidence(std::move(E));
    }
    if (L.HeartbeatDefault) {
      Evidence E = makeEvidence(L, EvidenceKind::Heartbeat, C, S.Holder, Unconditional,
                                "library default: " + *L.HeartbeatDefault);
      E.LibraryDefault = true;
      pushEvidence(std::move(E));
    }
    Out.Sites.push_back(std::move(S));
  }

  void addHeartbeat(const LibraryRules &L, const HeartbeatRule &H, const CallView &C,
                    const Slot &Holder, const Context &Where) {
    std::string Problem;
    if (H.Argument >= 0 && static_cast<unsigned>(H.Argument) < C.Args.size()) {
      const Expr *Arg = C.Args[H.Argument];
      if (!H.Struct.empty()) {
        QualType T = Arg->getType().getNonReferenceType();
        if (const auto *PT = T->getAs<PointerType>())
          T = PT->getPointeeType();
        const auto *RD = T->getAsRecordDecl();
        const auto *CRD = dyn_cast_or_null<CXXRecordDecl>(RD);
        std::string Name = CRD ? recordTemplateName(CRD) : RD ? qualifiedName(RD) : "";
        if (Name != H.Struct)
          return; // another overload of the same method (another option type)
        if (auto V = structValue(Arg, H, C.E->getBeginLoc())) {
          // A requirement on a nested struct's field applies only when the code gives that
          // struct; without it the library's default holds
          // (test-inputs/libwebsockets-policy-without-hangup).
          unsigned Applied = 0;
          for (const auto &Req : H.Require) {
            auto Dot = Req.Field.rfind('.');
            if (Dot != std::string::npos) {
              auto Parent = V->find(Req.Field.substr(0, Dot));
              if (Parent == V->end() || Parent->second == "zero")
                continue;
            }
            ++Applied;
            auto It = V->find(Req.Field);
            std::string Got = It == V->end() ? "unknown" : It->second;
            if (!satisfies(Got, Req.Want)) {
              Problem = "'" + Req.Field + "' is " + (Got == "zero" ? "not set" : Got);
              break;
            }
          }
          if (Applied == 0 && !H.Require.empty())
            return;
        }
      } else if (!H.ArgumentWant.empty()) {
        std::string Got = fieldValue(Arg, H);
        if (!satisfies(Got, H.ArgumentWant))
          Problem = "the interval is " + Got;
      }
    }
    std::string Source = sourceText(C.E);
    if (Problem.empty()) {
      Evidence E =
          makeEvidence(L, EvidenceKind::Heartbeat, C, Holder, Where, H.Describe + ": " + Source);
      if (!H.Needs.empty())
        E.Needs = parseEvidenceKind(H.Needs);
      pushEvidence(std::move(E));
    } else {
      pushEvidence(makeEvidence(L, EvidenceKind::HeartbeatOff, C, Holder, Where,
                                Source + " sends no pings: " + Problem));
    }
  }

  Evidence makeEvidence(const LibraryRules &L, EvidenceKind K, const CallView &C,
                        const Slot &Holder, const Context &Where, std::string Detail) const {
    Evidence E;
    E.Kind = K;
    E.Library = L.Id;
    E.SlotUSR = Holder.USR;
    E.Function = usrOf(Where.Function);
    E.Loc = loc(C.Loc);
    E.Detail = std::move(Detail);
    // A setting made only under a runtime flag holds on some paths (pings and sends are
    // actions, not settings: their conditions are the usual `if (!ec)` of a handler).
    if (K == EvidenceKind::Heartbeat || K == EvidenceKind::HeartbeatOff ||
        K == EvidenceKind::ReconnectOff)
      for (const Expr *Cond : Where.Conditions)
        if (isFlag(Cond)) {
          E.Condition = sourceText(Cond);
          break;
        }
    return E;
  }

  void pushEvidence(Evidence E) {
    if (E.SlotUSR.empty())
      return; // evidence on a temporary cannot be tied to any socket
    if (!SeenEvidence.insert({E.Loc, evidenceKey(E)}).second)
      return;
    Out.Evidences.push_back(std::move(E));
  }

  void collectBoundaryComments(SourceLocation CallLoc, SocketSite &S) const {
    auto Scan = [&](SourceLocation L) {
      for (auto &C : commentsAt(L))
        S.BoundaryComments.push_back(std::move(C));
    };
    Scan(CallLoc);
  }
};

} // namespace extract
} // namespace wslint
