// SPDX-License-Identifier: Apache-2.0
#include "CallReader.h"

#include "clang/AST/ParentMapContext.h"
#include "clang/Index/USRGeneration.h"

#include <set>

namespace wslint {
namespace extract {

CallView CallReader::viewOf(const Expr *E) {
  CallView V;
  V.E = E;
  V.Loc = E->getBeginLoc();
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    V.Kind = CallView::Method;
    V.Callee = MC->getMethodDecl();
    V.Name = V.Callee->getName().str();
    V.Object = MC->getImplicitObjectArgument();
    // The object's own type, before the derived-to-base cast to the class that declares
    // the method (websocketpp declares ping on its endpoint base: trap T2).
    if (V.Object)
      V.SocketType = V.Object->IgnoreParenImpCasts()->getType();
    V.Loc = MC->getExprLoc();
  } else if (const auto *C = dyn_cast<CallExpr>(E)) {
    V.Callee = C->getDirectCallee();
    V.Name = qualifiedName(V.Callee);
    V.SocketType = C->getType();
  } else if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    V.Kind = CallView::Construct;
    V.Callee = CE->getConstructor();
    V.SocketType = CE->getType();
  } else if (const auto *OM = dyn_cast<ObjCMessageExpr>(E)) {
    V.Kind = CallView::Method;
    V.Message = OM->getMethodDecl();
    V.Name = OM->getSelector().getAsString();
    V.Object = OM->getInstanceReceiver();
    V.SocketType = OM->getReceiverType();
    V.Loc = OM->getSelectorStartLoc();
    V.Args.append(OM->arg_begin(), OM->arg_end());
  }
  if (const auto *C = dyn_cast<CallExpr>(E))
    V.Args.append(C->arg_begin(), C->arg_end());
  else if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    V.Args.append(CE->arg_begin(), CE->arg_end());
  return V;
}

/// `std::make_shared<S>(args…)`, `std::make_unique<S>(args…)`,
/// `container.emplace_back(args…)` and `optional.emplace(args…)` construct an S from
/// args inside library code: seen here as a construction of S with those arguments.
std::optional<CallView> CallReader::factoryView(const CallExpr *Call) const {
  CallView V;
  V.E = Call;
  V.Kind = CallView::Construct;
  V.Loc = Call->getBeginLoc();
  const FunctionDecl *FD = Call->getDirectCallee();
  if (!FD)
    return std::nullopt;
  unsigned Skip = 0;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call)) {
    const Expr *Obj = MC->getImplicitObjectArgument();
    QualType T = Obj ? Obj->getType().getNonReferenceType() : QualType();
    if (!T.isNull() && T->isPointerType())
      T = T->getPointeeType();
    const auto *Spec =
        T.isNull() ? nullptr
                   : dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
    if (!Spec)
      return std::nullopt;
    std::string Container = qualifiedName(Spec->getSpecializedTemplate());
    static const std::set<std::string> Sequences = {"std::vector", "std::deque", "std::list",
                                                    "std::forward_list", "std::optional"};
    static const std::set<std::string> Maps = {"std::map", "std::unordered_map",
                                               "std::multimap", "std::unordered_multimap"};
    unsigned TypeArg = 0;
    if (Maps.count(Container)) {
      TypeArg = 1; // the mapped type; the key comes first in the arguments
      Skip = 1;
    } else if (!Sequences.count(Container)) {
      return std::nullopt;
    }
    if (FD->getName() == "emplace_hint")
      ++Skip;
    const auto &Args = Spec->getTemplateArgs();
    if (Args.size() <= TypeArg || Args[TypeArg].getKind() != TemplateArgument::Type)
      return std::nullopt;
    V.SocketType = Args[TypeArg].getAsType();
    V.Into = Obj;
    V.IntoElement = Container != "std::optional";
    V.Name = FD->getName().str();
  } else {
    const auto *TA = FD->getTemplateSpecializationArgs();
    if (!TA || TA->size() == 0 || TA->get(0).getKind() != TemplateArgument::Type)
      return std::nullopt;
    V.SocketType = TA->get(0).getAsType();
    V.Name = qualifiedName(FD);
    if (V.Name == "std::allocate_shared")
      Skip = 1;
  }
  if (!TU.libraryOfType(V.SocketType) && !isTimedConstruction(V.SocketType))
    return std::nullopt;
  for (unsigned I = Skip; I < Call->getNumArgs(); ++I)
    V.Args.push_back(Call->getArg(I));
  return V;
}

/// Is T a type whose construction a rules file names as a delay (a timer given its expiry
/// when made: `std::make_shared<net::steady_timer>(ioc, delay)`)?
bool CallReader::isTimedConstruction(QualType T) const {
  for (const auto &L : TU.Rules.Libraries)
    for (const auto &D : L.Delays)
      if (D.Call.Constructor && !D.Call.OfType.empty() && typeIsOrDerivesFrom(T, D.Call.OfType))
        return true;
  return false;
}

/// The library a method call belongs to: by its object's type, or for a call on what an
/// accessor returns (`client->getConnection()->disablePing()`), by the accessor's object.
const LibraryRules *CallReader::libraryOfObject(const CallView &C) const {
  if (const LibraryRules *L = TU.libraryOfType(C.SocketType))
    return L;
  if (C.Kind != CallView::Method || !C.Object)
    return nullptr;
  const Expr *E = peel(C.Object);
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && (Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star))
    E = peel(Op->getArg(0));
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E); MC && TU.isAccessorCall(MC))
    return TU.libraryOfType(MC->getImplicitObjectArgument()->getType());
  return nullptr;
}

bool CallReader::matches(const CallPattern &P, const CallView &C) const {
  auto In = [](const std::vector<std::string> &Names, const std::string &N) {
    return std::find(Names.begin(), Names.end(), N) != Names.end();
  };
  switch (C.Kind) {
  case CallView::Method:
    if (!In(P.Methods, C.Name))
      return false;
    break;
  case CallView::Function:
    if (!In(P.Functions, C.Name))
      return false;
    break;
  case CallView::Construct:
    if (!P.Constructor)
      return false;
    if (!P.ParamTypes.empty()) {
      // Client and server constructors differ by their first parameter (T4). A factory
      // (make_shared, emplace) forwards its arguments: the first argument's class, or
      // one of its bases, names the constructor (HTTPSClientSession is an
      // HTTPClientSession).
      QualType First;
      if (C.Callee && C.Callee->getNumParams() > 0)
        First = C.Callee->getParamDecl(0)->getType();
      else if (!C.Callee && !C.Args.empty())
        First = C.Args[0]->getType();
      if (First.isNull() || !recordIsOrDerivesFrom(First, P.ParamTypes))
        return false;
    }
    break;
  }
  // Peeled first: a macro that wraps its arguments in parentheses (g_signal_connect) puts
  // the parentheses in its own body; what is inside them is the caller's text.
  for (const auto &[Index, Text] : P.ArgText)
    if (Index >= C.Args.size() || !argSays(C.Args[Index], Text))
      return false;
  for (const auto &[Index, Method] : P.ArgPreparedBy)
    if (Index >= C.Args.size() || !preparedBy(C.Args[Index], Method, C.E->getBeginLoc()))
      return false;
  return true;
}

namespace {

/// The text of a Qt SIGNAL()/SLOT() argument: "1reconnect()" for a slot, "2timeout()" for a
/// signal (qobjectdefs.h: the code, the normalised signature, and in debug builds the place,
/// after a NUL, through qFlagLocation).
std::optional<std::string> qtMemberString(const Expr *Arg) {
  const Expr *E = peel(Arg);
  if (const auto *Call = dyn_cast<CallExpr>(E);
      Call && Call->getNumArgs() == 1 && Call->getDirectCallee() &&
      Call->getDirectCallee()->getName() == "qFlagLocation")
    E = peel(Call->getArg(0));
  const auto *S = dyn_cast<StringLiteral>(E);
  if (!S || !S->isOrdinary())
    return std::nullopt;
  llvm::StringRef Text = S->getString();
  Text = Text.take_until([](char Ch) { return Ch == '\0'; });
  if (Text.size() < 4 || (Text[0] != '1' && Text[0] != '2') || !Text.ends_with(")"))
    return std::nullopt;
  return Text.str();
}

} // namespace

/// Does the argument, as written, contain Text? Also through a local given its value once
/// (`int op = WebSocket::FRAME_OP_PING; ws.sendFrame(b, n, op)`) and through a parameter
/// of a wrapper every call of which in this TU passes it (`void sendOp(int op)` only ever
/// called with `FRAME_OP_PING`): a wrapper that passes a ping opcode sends pings
/// (test-inputs/heartbeat/heartbeat-ping-through-wrapper).
bool CallReader::argSays(const Expr *Arg, const std::string &Text, unsigned Depth) const {
  Arg = Arg->IgnoreParenImpCasts();
  if (TU.sourceText(Arg).find(Text) != std::string::npos)
    return true;
  // `SIGNAL(disconnected())`: the text as written is the macro's name.
  if (auto Member = qtMemberString(Arg); Member && Member->find(Text) != std::string::npos)
    return true;
  const auto *DR = dyn_cast<DeclRefExpr>(peel(Arg));
  const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
  if (!VD || Depth > 3)
    return false;
  if (const auto *P = dyn_cast<ParmVarDecl>(VD)) {
    const auto *F = dyn_cast_or_null<FunctionDecl>(P->getDeclContext());
    if (!F)
      return false;
    unsigned Index = P->getFunctionScopeIndex();
    auto Calls = match(
        findAll(callExpr(callee(functionDecl(equalsNode(F->getCanonicalDecl())))).bind("c")),
        TU.ast());
    bool Any = false;
    for (const auto &B : Calls) {
      const auto *Call = B.getNodeAs<CallExpr>("c");
      unsigned Shift = isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(F) ? 1 : 0;
      if (Index + Shift >= Call->getNumArgs() ||
          !argSays(Call->getArg(Index + Shift), Text, Depth + 1))
        return false;
      Any = true;
    }
    return Any;
  }
  return VD->isLocalVarDecl() && VD->getInit() && !Locals.isReassigned(VD) &&
         argSays(VD->getInit(), Text, Depth + 1);
}

/// Is E a local variable of which the code calls Method before Before, in the same
/// function (test-inputs/libraries/cpprestsdk/cpprestsdk-ping-thread)?
bool CallReader::preparedBy(const Expr *E, const std::string &Method,
                            SourceLocation Before) const {
  const auto *DR = dyn_cast<DeclRefExpr>(peel(E));
  const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
  const auto *FD =
      VD ? dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod()) : nullptr;
  if (!FD || !FD->hasBody())
    return false;
  auto Calls =
      match(findAll(cxxMemberCallExpr(
                        callee(cxxMethodDecl(hasName(Method))),
                        on(ignoringParenImpCasts(declRefExpr(to(varDecl(equalsNode(VD)))))))
                        .bind("call")),
            *FD->getBody(), TU.ast());
  const SourceManager &SM = TU.ast().getSourceManager();
  return std::any_of(Calls.begin(), Calls.end(), [&](const BoundNodes &B) {
    return SM.isBeforeInTranslationUnit(B.getNodeAs<Expr>("call")->getBeginLoc(), Before);
  });
}

bool CallReader::isCallOfType(const CallPattern &P, const CallView &C,
                              const LibraryRules &L) const {
  // A free function on a timer (QObject::connect with the timer first): the argument's
  // type, through a pointer.
  if (C.Kind == CallView::Function) {
    if (P.OfType.empty() || P.SocketArg < 0)
      return true;
    if (static_cast<unsigned>(P.SocketArg) >= C.Args.size())
      return false;
    QualType T = C.Args[P.SocketArg]->IgnoreParenImpCasts()->getType();
    if (!T->getPointeeType().isNull())
      T = T->getPointeeType();
    return typeIsOrDerivesFrom(T, P.OfType);
  }
  if (!P.OfType.empty())
    return typeIsOrDerivesFrom(C.SocketType, P.OfType);
  // A construction of another library's type (a timer's, when a rules file names timer
  // constructors) is not this library's.
  return TU.libraryOfType(C.SocketType) == &L;
}

/// Code named in a handler registration's arguments (lambdas, blocks, function and member
/// function pointers, std::bind targets, and an Objective-C selector with the object it is
/// sent to), user code only. SkipArg: the socket's own argument.
std::vector<const Decl *> CallReader::handlerFunctions(const CallView &C, int SkipArg) const {
  std::vector<const Decl *> Out;
  for (unsigned I = 0; I < C.Args.size(); ++I) {
    if (static_cast<int>(I) == SkipArg)
      continue;
    for (const Decl *F : functionsIn(*C.Args[I], TU.ast()))
      if (!TU.isLibraryCode(F->getLocation()))
        Out.push_back(F);
    if (const auto *Sel = dyn_cast<ObjCSelectorExpr>(peel(C.Args[I])))
      for (const ObjCMethodDecl *M : methodsFor(Sel->getSelector(), selectorTarget(C, I)))
        Out.push_back(M);
    for (const CXXMethodDecl *M : slotsNamed(C, I))
      Out.push_back(M);
  }
  return Out;
}

/// The methods a Qt slot argument names (`connect(timer, SIGNAL(timeout()), this,
/// SLOT(sendPing()))`): the receiver's methods (its class's or a base's, the user's) of that
/// name that take as many arguments as the signature lists. The receiver is the argument
/// before the slot, or for `connect(sender, signal, slot)` the object connect is called on
/// (that member call matches the rules' QObject::connect patterns as RuleMatcher's
/// "member-fcall").
std::vector<const CXXMethodDecl *> CallReader::slotsNamed(const CallView &C, unsigned Arg) const {
  std::vector<const CXXMethodDecl *> Out;
  auto Member = qtMemberString(C.Args[Arg]);
  if (!Member || (*Member)[0] != '1')
    return Out;
  llvm::StringRef Signature(*Member);
  Signature = Signature.drop_front();
  llvm::StringRef Name = Signature.take_until([](char Ch) { return Ch == '('; });
  llvm::StringRef Params = Signature.drop_front(Name.size() + 1).drop_back().trim();
  unsigned Count = Params.empty() ? 0 : 1 + Params.count(',');
  const Expr *Receiver = Arg > 0 && !qtMemberString(C.Args[Arg - 1]) ? C.Args[Arg - 1] : C.Object;
  QualType T = Receiver ? peel(Receiver)->getType() : QualType();
  if (!T.isNull() && T->isPointerType())
    T = T->getPointeeType();
  const CXXRecordDecl *RD = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
  findInRecordOrBases<bool>(RD, [&](const CXXRecordDecl *R) {
    if (TU.isLibraryCode(R->getLocation()) || !R->hasDefinition())
      return false;
    for (const CXXMethodDecl *M : R->getDefinition()->methods())
      if (M->getName() == Name && M->getMinRequiredArguments() <= Count &&
          M->getNumParams() >= Count) {
        const FunctionDecl *Def = M->getDefinition();
        Out.push_back(cast<CXXMethodDecl>(Def ? Def : M));
      }
    return !Out.empty();
  });
  return Out;
}

std::vector<const Decl *> CallReader::slotCallbacks(const CallExpr *Call) const {
  std::vector<const Decl *> Out;
  if (isa<CXXOperatorCallExpr>(Call) ||
      std::none_of(Call->arg_begin(), Call->arg_end(),
                   [](const Expr *A) { return A && qtMemberString(A); }))
    return Out;
  // Any call may name a slot (`connect`, `QTimer::singleShot(ms, this, SLOT(retry()))`):
  // only its arguments and object are read, not what the call is.
  CallView V;
  V.E = Call;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
    V.Object = MC->getImplicitObjectArgument();
  for (const Expr *A : Call->arguments())
    V.Args.push_back(A);
  for (unsigned I = 0; I < V.Args.size(); ++I)
    for (const CXXMethodDecl *M : slotsNamed(V, I))
      Out.push_back(M);
  return Out;
}

/// The object a selector argument is sent to: the argument of the selector piece
/// `target:` when the message has one (NSTimer), else the message's receiver
/// (`[self performSelector:@selector(reconnect) …]`).
const Expr *CallReader::selectorTarget(const CallView &C, unsigned SelectorArg) {
  if (const auto *OM = dyn_cast<ObjCMessageExpr>(C.E)) {
    Selector S = OM->getSelector();
    for (unsigned I = 0; I < C.Args.size() && I != SelectorArg; ++I)
      if (S.getNameForSlot(I) == "target")
        return C.Args[I];
  }
  return C.Object;
}

/// The user's implementations of a selector: on the target's class (or its superclasses)
/// when the target's type names one; for an untyped target (`id`), every implementation
/// in the TU.
std::vector<const ObjCMethodDecl *> CallReader::methodsFor(Selector S,
                                                           const Expr *Target) const {
  std::vector<const ObjCMethodDecl *> Out;
  auto Add = [&](const ObjCMethodDecl *M) {
    if (M && !TU.isLibraryCode(M->getLocation()))
      Out.push_back(M);
  };
  if (const ObjCInterfaceDecl *I =
          Target ? objcInterfaceOf(peel(Target)->getType()) : nullptr) {
    const ObjCMethodDecl *M = I->lookupInstanceMethod(S);
    Add(M ? M : I->lookupPrivateMethod(S));
    return Out;
  }
  for (const auto &B : match(findAll(objcMethodDecl().bind("m")), TU.ast()))
    if (const auto *M = B.getNodeAs<ObjCMethodDecl>("m");
        M->getSelector() == S && M->isThisDeclarationADefinition())
      Add(M);
  return Out;
}

/// The methods an object's class (or a superclass of the user's) has for a delegate
/// protocol's callbacks (`socket.delegate = self`: self's
/// `webSocket:didCloseWithCode:reason:wasClean:`), as USRs: a method's USR names its
/// class whatever category or file implements it, so a callback written in another file
/// is found too (tests/cli/objc-test.sh). One the program does not define reaches nothing.
std::vector<std::string>
CallReader::delegateMethods(const Expr *Delegate,
                            const std::vector<std::string> &Selectors) const {
  std::vector<std::string> Out;
  // Through casts: `[socket setDelegate:(id)self]` hands over self.
  const ObjCInterfaceDecl *I =
      Delegate ? objcInterfaceOf(peel(Delegate)->IgnoreParenCasts()->getType()) : nullptr;
  for (; I && !TU.isLibraryCode(I->getLocation()); I = I->getSuperClass())
    for (const auto &Sel : Selectors) {
      std::string USR;
      llvm::raw_string_ostream OS(USR);
      OS << "c:";
      index::generateUSRForObjCClass(I->getName(), OS);
      index::generateUSRForObjCMethod(Sel, /*IsInstanceMethod=*/true, OS);
      Out.push_back(OS.str());
    }
  return Out;
}

std::vector<const Decl *>
CallReader::delegateMethodDecls(const Expr *Delegate,
                                const std::vector<std::string> &Selectors) const {
  std::vector<const Decl *> Out;
  std::set<const Decl *> Seen;
  const ObjCInterfaceDecl *I =
      Delegate ? objcInterfaceOf(peel(Delegate)->IgnoreParenCasts()->getType()) : nullptr;
  for (; I && !TU.isLibraryCode(I->getLocation()); I = I->getSuperClass()) {
    std::vector<const ObjCContainerDecl *> Containers = {I};
    if (const ObjCImplementationDecl *Impl = I->getImplementation())
      Containers.push_back(Impl);
    for (const ObjCCategoryDecl *Cat : I->visible_categories())
      Containers.push_back(Cat);
    for (const ObjCContainerDecl *K : Containers)
      for (const ObjCMethodDecl *M : K->instance_methods())
        if (llvm::is_contained(Selectors, M->getSelector().getAsString()) &&
            Seen.insert(M->getCanonicalDecl()).second)
          Out.push_back(M);
  }
  return Out;
}

std::string CallReader::calleeText(const CallView &C) const {
  const Expr *Callee = nullptr;
  if (const auto *Call = dyn_cast<CallExpr>(C.E))
    Callee = Call->getCallee();
  // An Objective-C message as written (`[ws open]`, `socket.delegate`).
  if (C.Message) {
    // A property access the compiler turned into a message: the statement as written
    // (`self.socket.delegate = self`).
    const auto *OM = cast<ObjCMessageExpr>(C.E);
    if (OM->isImplicit())
      for (const auto &P : TU.ast().getParents(*C.E))
        if (const auto *PO = P.get<PseudoObjectExpr>())
          return TU.sourceText(PO->getSyntacticForm());
    // `[self.task receiveMessageWithCompletionHandler:…]`: the receiver and the selector,
    // the arguments (a block may be long) left out.
    std::string Text =
        "[" + (C.Object ? TU.sourceText(C.Object) : typeName(C.SocketType)) + " ";
    Selector S = OM->getSelector();
    if (S.getNumArgs() == 0)
      return Text + S.getNameForSlot(0).str() + "]";
    for (unsigned I = 0; I < S.getNumArgs(); ++I)
      Text += (I ? " " : "") + S.getNameForSlot(I).str() + ":…";
    return Text + "]";
  }
  std::string Text = Callee ? TU.sourceText(Callee) : C.Name;
  return Text + "(…)";
}

/// The user's methods a message hands on by selector (`@selector(reconnect)` with its
/// target): they run later, when whoever got them decides.
std::vector<const Decl *> CallReader::selectorCallbacks(const ObjCMessageExpr *M) const {
  std::vector<const Decl *> Out;
  CallView V = viewOf(M);
  for (unsigned I = 0; I < V.Args.size(); ++I)
    if (const auto *Sel = dyn_cast<ObjCSelectorExpr>(peel(V.Args[I])))
      for (const ObjCMethodDecl *OM : methodsFor(Sel->getSelector(), selectorTarget(V, I)))
        Out.push_back(OM);
  return Out;
}

} // namespace extract
} // namespace wslint
