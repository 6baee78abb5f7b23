// SPDX-License-Identifier: Apache-2.0
#include "SlotFlow.h"

#include "clang/AST/ParentMapContext.h"

namespace wslint {
namespace extract {

/// Peels an object expression down to the field or variable holding the socket.
/// References, pointers and shared pointers copied into locals are followed to what
/// they were bound to (aliasedSlot); Depth bounds that.
Slot SlotFlow::slotOf(const Expr *E, const Context &Where, unsigned Depth) const {
  Slot S;
  bool Element = false;
  while (E) {
    E = peel(E);
    if (const Expr *Container = elementContainer(E)) {
      Element = true;
      E = Container;
      continue;
    }
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
      OverloadedOperatorKind K = Op->getOperator();
      if (K == OO_Arrow || K == OO_Star) {
        E = Op->getArg(0);
        continue;
      }
      break;
    }
    // *p and &x name the same object as p and x (Qt passes senders as &socket_).
    if (const auto *U = dyn_cast<UnaryOperator>(E);
        U && (U->getOpcode() == UO_Deref || U->getOpcode() == UO_AddrOf)) {
      E = U->getSubExpr();
      continue;
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      // Smart pointers, optionals and containers: the slot is the owning object.
      const CXXMethodDecl *M = MC->getMethodDecl();
      std::string Name = M && M->getIdentifier() ? M->getName().str() : "";
      if (Name == "get" || Name == "value" || Name == "lock") {
        E = MC->getImplicitObjectArgument();
        continue;
      }
      if (TU.isAccessorCall(MC)) {
        E = MC->getImplicitObjectArgument();
        continue;
      }
    }
    // `[self socket]`: a property's getter sent as a message is the property.
    if (const auto *OM = dyn_cast<ObjCMessageExpr>(E))
      if (const ObjCMethodDecl *M = OM->getMethodDecl();
          M && M->isPropertyAccessor() && M->param_size() == 0)
        if (const ObjCPropertyDecl *PD = M->findPropertyDecl()) {
          Slot P = propertySlot(PD, Where);
          if (Element)
            P.Kind = SlotKind::Element;
          return P;
        }
    // `e->socket` of the event a library hands its callback: the socket the callback was
    // registered on, which the parameter `e` is bound to (BindingRecorder::bindEventSockets).
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
          FD && TU.isEventSocketField(FD))
        if (const auto *DR = dyn_cast<DeclRefExpr>(peel(ME->getBase()));
            DR && isa<ParmVarDecl>(DR->getDecl())) {
          E = ME->getBase();
          continue;
        }
    // A user function handing back a socket it keeps elsewhere (a getter):
    // `session.socket().handshake(…)` acts on whatever socket() returns, resolved
    // through the getter's binding (addGetterBindings), in this TU or another.
    if (const auto *Call = dyn_cast<CallExpr>(E))
      if (const FunctionDecl *FD = Call->getDirectCallee();
          FD && isGetterLike(FD) && Depth < 6) {
        // A function defined here that returns only sockets of its own making (a
        // factory) is not a getter: its result is the caller's own socket.
        const FunctionDecl *Def = FD->getDefinition();
        if (!Def || !heldReturnSlots(Def, Depth).empty())
          return getterSlot(FD);
      }
    break;
  }
  if (!E)
    return S;
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl())) {
      S = slotForDecl(FD, SlotKind::Field, Where);
      // The field of one element of an array or container (`&conns[i].wsi`,
      // `sessions[k]->ws`): one socket per element
      // (test-inputs/fanout/fanout-field-of-element-per-item,
      // test-inputs/fanout/fanout-field-of-back-element).
      if (elementContainer(peel(ME->getBase())))
        Element = true;
    }
  } else if (const NamedDecl *O = objcStorageOf(E)) {
    // `self.socket`, `_socket`, `manager.socket`: the property, or the instance variable
    // that backs none.
    const auto *PD = dyn_cast<ObjCPropertyDecl>(O);
    S = PD ? propertySlot(PD, Where) : slotForDecl(O, SlotKind::Field, Where);
  } else if (const auto *DR = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *VD = dyn_cast<VarDecl>(DR->getDecl())) {
      if (auto Aliased = aliasedSlot(VD, Where, Depth)) {
        if (Element)
          Aliased->Kind = SlotKind::Element;
        return *Aliased;
      }
      if (auto Stored = storedSlot(VD, Where, Depth))
        return *Stored;
      S = slotForDecl(VD, varKind(VD), Where);
    }
  } else if (isa<CXXThisExpr>(E)) {
    // A class deriving from the socket type opens itself.
    if (const auto *RD = E->getType()->getPointeeCXXRecordDecl()) {
      S = slotForDecl(RD, SlotKind::Field, Where);
      S.Name += " (this)";
      S.Self = true;
      S.Holds = S.USR;
    }
  }
  if (Element)
    S.Kind = SlotKind::Element;
  if (S.USR.empty()) {
    S.Kind = SlotKind::Temporary;
    S.Name = "(temporary)";
  }
  return S;
}

/// The array or container of which E names one element (`a[i]`, `m[k]`, `v.at(i)`,
/// `v.back()`, `v.front()`), or null.
const Expr *SlotFlow::elementContainer(const Expr *E) {
  if (const auto *A = dyn_cast<ArraySubscriptExpr>(E))
    return A->getBase();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    return Op->getOperator() == OO_Subscript ? Op->getArg(0) : nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    if (const CXXMethodDecl *M = MC->getMethodDecl();
        M && M->getIdentifier() &&
        (M->getName() == "back" || M->getName() == "front" || M->getName() == "at"))
      return MC->getImplicitObjectArgument();
  return nullptr;
}

Slot SlotFlow::propertySlot(const ObjCPropertyDecl *PD, const Context &Where) const {
  return slotForDecl(PD, PD->isClassProperty() ? SlotKind::Global : SlotKind::Field, Where);
}

bool SlotFlow::isGetterLike(const FunctionDecl *FD) const {
  if (TU.isLibraryCode(FD->getLocation()) || isa<CXXConstructorDecl>(FD))
    return false;
  QualType R = FD->getReturnType();
  return isHandle(R) && TU.libraryOfHolder(R) != nullptr;
}

/// The slots a getter hands back: what its return statements name, when that outlives
/// the call (a field, a global, a parameter, an element, another getter's slot).
std::vector<Slot> SlotFlow::heldReturnSlots(const FunctionDecl *FD, unsigned Depth) const {
  auto It = HeldReturns.find(FD);
  if (It != HeldReturns.end())
    return It->second;
  HeldReturns[FD] = {}; // recursion guard
  std::vector<Slot> Out;
  if (FD->hasBody()) {
    Context Where;
    Where.Function = FD;
    for (const auto &B :
         match(findAll(returnStmt(unless(hasAncestor(lambdaExpr()))).bind("ret")),
               *FD->getBody(), TU.ast())) {
      const Expr *V = B.getNodeAs<ReturnStmt>("ret")->getRetValue();
      if (!V)
        continue;
      Slot S = slotOf(V, Where, Depth + 1);
      if (S.Kind != SlotKind::Temporary && S.Kind != SlotKind::Local)
        Out.push_back(std::move(S));
    }
  }
  HeldReturns[FD] = Out;
  return Out;
}

Slot SlotFlow::getterSlot(const FunctionDecl *FD) {
  Slot S;
  S.USR = getterKey(FD);
  S.Kind = SlotKind::Returned;
  S.Name = functionName(FD) + "()";
  return S;
}

std::string SlotFlow::getterKey(const FunctionDecl *FD) {
  return GetterKeyPrefix + usrOf(FD->getCanonicalDecl());
}

/// The slot a local stands for when it is another name for a socket held elsewhere: a
/// reference bound to it, a pointer or shared pointer copied from it and never
/// reassigned, or a range-for variable over a container of sockets (an element of it).
/// nullopt when the local holds a socket of its own
/// (test-inputs/identity/identity-aliases-and-getters).
std::optional<Slot> SlotFlow::aliasedSlot(const VarDecl *VD, const Context &Where,
                                          unsigned Depth) const {
  if (Depth > 6 || isa<ParmVarDecl>(VD) || VD->hasGlobalStorage())
    return std::nullopt;
  if (const Stmt *Loop = rangeForOf(VD)) {
    Slot S = slotOf(cast<CXXForRangeStmt>(Loop)->getRangeInit(), Where, Depth + 1);
    if (S.Kind == SlotKind::Temporary || S.Kind == SlotKind::Local)
      return std::nullopt;
    S.Kind = SlotKind::Element;
    return S;
  }
  const Expr *Init = VD->getInit();
  bool Reference = VD->getType()->isReferenceType();
  // An Objective-C local declared first and given an instance variable or property once
  // (`NSURLSessionWebSocketTask *task; @synchronized(self) { task = _task; } [task
  // resume];`): another name for it (test-inputs/libraries/nsurlsession-websocket/nsurlsession-websocket-local-copy).
  // (ARC gives such a local an implicit nil; `= nil` says the same.)
  bool NoValue = !Init || isa<ImplicitValueInitExpr>(Init->IgnoreImplicit()) ||
                 Init->isNullPointerConstant(TU.ast(), Expr::NPC_ValueDependentIsNotNull);
  if (NoValue && VD->getType()->isObjCObjectPointerType()) {
    const Expr *Only = Locals.onlyAssignment(VD);
    Slot S = Only ? slotOf(Only, Where, Depth + 1) : Slot();
    if (S.Kind == SlotKind::Field || S.Kind == SlotKind::Global || S.Kind == SlotKind::Element)
      return S;
    return std::nullopt;
  }
  if (!Init || !isHandle(VD->getType()))
    return std::nullopt;
  if (!Reference && Locals.isReassigned(VD))
    return std::nullopt;
  Slot S = slotOf(Init, Where, Depth + 1);
  if (S.Kind == SlotKind::Temporary)
    return std::nullopt;
  return S;
}

/// An object made in a pointer local and kept in one property, instance variable, field,
/// global or container element of the same function (`SRWebSocket *ws = …; self.socket =
/// ws; [ws open];`, `auto *s = new QWebSocket; byId_[id] = s; s->open(url);`): the local is
/// another name for that slot, so what the code does through either is one socket
/// (test-inputs/libraries/socketrocket/socketrocket-local-then-property,
/// test-inputs/fanout/fanout-stored-into-map-per-item). Not for a local made in a loop (one
/// per round: test-inputs/libraries/socketrocket/socketrocket-screen-per-item) or stored in
/// two places.
std::optional<Slot> SlotFlow::storedSlot(const VarDecl *VD, const Context &Where,
                                         unsigned Depth) const {
  QualType T = VD->getType();
  if (Depth > 6 || isa<ParmVarDecl>(VD) || VD->hasGlobalStorage() ||
      !(T->isObjCObjectPointerType() || T->isPointerType() || isSmartPointer(T)) ||
      Locals.isReassigned(VD))
    return std::nullopt;
  const Stmt *Body = Locals.bodyAround(VD);
  if (!Body || Places.contextOf(DynTypedNode::create(*VD)).LoopDepth > 0)
    return std::nullopt;
  std::optional<Slot> Found;
  // `slot = local`: a built-in assignment (pointers) or a smart pointer's operator=.
  auto Matches = match(findAll(expr(anyOf(binaryOperator(isAssignmentOperator()),
                                          cxxOperatorCallExpr(hasOverloadedOperatorName("="),
                                                              argumentCountIs(2))))
                                   .bind("a")),
                       *Body, TU.ast());
  for (const auto &B : Matches) {
    const Expr *LHS = nullptr, *RHS = nullptr;
    if (const auto *A = B.getNodeAs<BinaryOperator>("a"))
      LHS = A->getLHS(), RHS = A->getRHS();
    else if (const auto *Op = B.getNodeAs<CXXOperatorCallExpr>("a"))
      LHS = Op->getArg(0), RHS = Op->getArg(1);
    const auto *R = RHS ? dyn_cast<DeclRefExpr>(peel(RHS)) : nullptr;
    if (!R || R->getDecl() != VD)
      continue;
    Slot S = slotOf(LHS, Where, Depth + 1);
    if (S.Kind != SlotKind::Field && S.Kind != SlotKind::Global && S.Kind != SlotKind::Element)
      return std::nullopt;
    if (Found && Found->USR != S.USR)
      return std::nullopt; // kept in two places: which one is the socket's?
    Found = std::move(S);
  }
  return Found;
}

/// The range-for statement whose loop variable VD is, if any.
const Stmt *SlotFlow::rangeForOf(const VarDecl *VD) const {
  for (const auto &P : TU.ast().getParents(*VD))
    if (const auto *DS = P.get<DeclStmt>())
      for (const auto &PP : TU.ast().getParents(*DS))
        if (const auto *RF = PP.get<CXXForRangeStmt>(); RF && RF->getLoopVariable() == VD)
          return RF;
  return nullptr;
}

/// The slot that receives the value an expression produces: the variable it initialises,
/// the field or variable it is assigned to, the member whose initialiser it is, or the
/// smart pointer it is handed to with reset().
Slot SlotFlow::resultSlot(const Expr *E, const Context &Where) const {
  DynTypedNode N = DynTypedNode::create(*E);
  for (unsigned Hops = 0; Hops < 12; ++Hops) {
    auto Parents = TU.ast().getParents(N);
    // A constructor's member initializer: the parent map does not lead to it
    // (test-inputs/reconnect/reconnect-owner-rebuilt-in-loop).
    if (const auto *Ctor = dyn_cast_or_null<CXXConstructorDecl>(Where.Function);
        Ctor && N.get<Expr>() && (Parents.empty() || Parents[0].get<CXXConstructorDecl>()))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (const FieldDecl *FD = Init->getMember();
            FD && Init->getInit() &&
            Init->getInit()->IgnoreImplicit() == N.get<Expr>()->IgnoreImplicit())
          return slotForDecl(FD, SlotKind::Field, Where);
    if (Parents.empty())
      break;
    N = Parents[0];
    if (const auto *VD = N.get<VarDecl>()) {
      if (auto Stored = storedSlot(VD, Where, 0))
        return *Stored;
      return slotForDecl(VD, varKind(VD), Where);
    }
    if (const auto *Init = N.get<CXXCtorInitializer>()) {
      if (const FieldDecl *FD = Init->getMember())
        return slotForDecl(FD, SlotKind::Field, Where);
      break;
    }
    if (const auto *BO = N.get<BinaryOperator>()) {
      if (BO->isAssignmentOp())
        return slotOf(BO->getLHS(), Where);
      break;
    }
    // `self.socket = value`: the compiler's setter call holds the value; the assignment
    // as written names the property.
    if (const auto *PO = N.get<PseudoObjectExpr>()) {
      if (const auto *BO = dyn_cast<BinaryOperator>(PO->getSyntacticForm());
          BO && BO->isAssignmentOp())
        return slotOf(BO->getLHS(), Where);
      break;
    }
    if (const auto *Op = N.get<CXXOperatorCallExpr>()) {
      if (Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
        return slotOf(Op->getArg(0), Where);
      break;
    }
    if (const auto *MC = N.get<CXXMemberCallExpr>()) {
      const CXXMethodDecl *M = MC->getMethodDecl();
      std::string Name = M && M->getIdentifier() ? M->getName().str() : "";
      if (Name == "reset")
        return slotOf(MC->getImplicitObjectArgument(), Where);
      // Handed to a container: one element among many (a fan-out if it repeats).
      if (isContainerInsert(M)) {
        Slot S = slotOf(MC->getImplicitObjectArgument(), Where);
        if (S.Kind != SlotKind::Temporary)
          S.Kind = SlotKind::Element;
        return S;
      }
      break;
    }
    if (N.get<ReturnStmt>() && Where.Function) {
      // Handed back to the caller: resolved where the caller keeps it (SlotBinding).
      Slot S;
      S.USR = returnKey(Where.Function);
      S.Kind = SlotKind::Returned;
      S.Name = functionName(Where.Function) + "()";
      return S;
    }
    if (N.get<Stmt>() && !N.get<Expr>())
      break;
  }
  return temporarySlot();
}

/// A socket nothing names is identified, and named, by its opening call; evidence from
/// that same call (libwebsockets' connect info) belongs to it
/// (test-inputs/libraries/libwebsockets/libwebsockets-retry-policy).
Slot SlotFlow::unnamedSocketSlot(const CallView &C, const Context &Where) const {
  Slot S;
  S.Kind = SlotKind::Temporary;
  SourceLoc L = TU.loc(C.Loc);
  S.USR = "site@" + L.File + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Column);
  S.Name = functionName(Where.Function) + "::" + C.calleeName() + "()";
  return S;
}

Slot SlotFlow::slotForDecl(const NamedDecl *D, SlotKind K, const Context &Where) const {
  Slot S;
  S.USR = isa<ParmVarDecl>(D) ? paramKey(cast<ParmVarDecl>(D)) : usrOf(D);
  S.Kind = K;
  S.Decl = TU.loc(D->getLocation());
  S.DeclComments = Comments.at(D->getLocation());
  if (isa<ObjCIvarDecl>(D) || isa<ObjCPropertyDecl>(D)) {
    if (const ObjCInterfaceDecl *I = objcOwner(D))
      S.Record = usrOf(I);
  } else if (const auto *FD = dyn_cast<FieldDecl>(D)) {
    S.Record = usrOf(FD->getParent());
  }
  if (const auto *VD = dyn_cast<ValueDecl>(D))
    S.Holds = heldClass(VD->getType());
  else if (const auto *PD = dyn_cast<ObjCPropertyDecl>(D))
    S.Holds = heldClass(PD->getType());
  if (K == SlotKind::Local || K == SlotKind::Parameter)
    S.Name = functionName(Where.Function) + "::" + D->getName().str();
  else
    S.Name = qualifiedName(D);
  if (const auto *VD = dyn_cast<VarDecl>(D); VD && K == SlotKind::Local) {
    S.DeclaredInLoop = Places.contextOf(DynTypedNode::create(*VD)).LoopDepth > 0;
    S.Escapes = Locals.escapes(VD);
  }
  return S;
}

std::string SlotFlow::heldClass(QualType T) const {
  // Only the project's subclasses of a socket type matter (the objects a self-opening
  // subclass is). Through references, pointers, smart pointers, optionals and containers (a map's
  // mapped type is its last type argument before the comparator: the second).
  for (int Depth = 0; Depth < 4 && !T.isNull(); ++Depth) {
    T = T.getNonReferenceType();
    if (const auto *OP = T->getAs<ObjCObjectPointerType>()) {
      const ObjCInterfaceDecl *I = OP->getInterfaceDecl();
      return I && !TU.isLibraryCode(I->getLocation()) && TU.libraryOfType(T) ? usrOf(I) : "";
    }
    if (T->isPointerType()) {
      T = T->getPointeeType();
      continue;
    }
    const auto *RD = T->getAsCXXRecordDecl();
    if (!RD)
      return "";
    if (!TU.isLibraryCode(RD->getLocation()))
      return TU.libraryOfRecord(RD) ? usrOf(RD) : "";
    const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
    if (!Spec)
      return "";
    const auto &Args = Spec->getTemplateArgs();
    llvm::StringRef Name = Spec->getName();
    unsigned Arg = Name.contains("map") && Args.size() > 1 ? 1 : 0;
    if (Args.size() <= Arg || Args[Arg].getKind() != TemplateArgument::Type)
      return "";
    T = Args[Arg].getAsType();
  }
  return "";
}

/// A parameter is named by its function and position: a declaration in a header and
/// the definition in a .cpp have different parameter USRs, but one of these.
std::string SlotFlow::paramKey(const ParmVarDecl *P) {
  const Decl *Owner = nullptr;
  if (const auto *FD = dyn_cast_or_null<FunctionDecl>(P->getDeclContext()))
    Owner = FD->getCanonicalDecl();
  else if (const auto *OM = dyn_cast_or_null<ObjCMethodDecl>(P->getDeclContext()))
    Owner = OM; // the @interface's declaration and the definition share a USR
  if (!Owner)
    return usrOf(P);
  return usrOf(Owner) + "@param" + std::to_string(P->getFunctionScopeIndex());
}

std::string SlotFlow::returnKey(const Decl *FD) {
  return "return@" + usrOf(FD->getCanonicalDecl());
}

SlotKind SlotFlow::varKind(const VarDecl *VD) {
  if (isa<ParmVarDecl>(VD))
    return SlotKind::Parameter;
  return VD->hasGlobalStorage() && !VD->isStaticLocal() ? SlotKind::Global : SlotKind::Local;
}

Slot SlotFlow::slotFor(const CallPattern &P, const CallView &C, const Context &Where) const {
  if (C.Into) {
    Slot S = slotOf(C.Into, Where);
    if (C.IntoElement && S.Kind != SlotKind::Temporary)
      S.Kind = SlotKind::Element;
    return S;
  }
  if (C.Kind == CallView::Method && !P.SocketIsResult && P.SocketArg < 0)
    return slotOf(C.Object, Where);
  if (P.SocketArg >= 0) {
    if (static_cast<unsigned>(P.SocketArg) < C.Args.size())
      return slotOf(C.Args[P.SocketArg], Where);
    return temporarySlot();
  }
  return resultSlot(C.E, Where);
}

} // namespace extract
} // namespace wslint
