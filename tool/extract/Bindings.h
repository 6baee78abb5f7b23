// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (tool/extract/Extractor.cpp includes it; nothing else may).
// Value flow between functions: which slot a socket parameter, a getter or a returned socket
// stands for at each call, and classes instantiated once per item.
#pragma once

#include "DelayReader.h"

namespace wslint {
namespace extract {

/// Records the bindings that carry slots across calls (SlotBinding) and per-item instances.
class BindingRecorder : public DelayReader {
public:
  using DelayReader::DelayReader;

  /// Records which slot each socket-typed reference or pointer argument of a user
  /// function call stands for (see SlotBinding).
  /// Callee: a function or an Objective-C method.
  void addBindings(const Decl *Callee, llvm::ArrayRef<const Expr *> Args, const Expr *Call) {
    if (!Callee || isLibraryCode(Callee->getLocation()) || isLibraryCode(Call->getBeginLoc()))
      return;
    llvm::ArrayRef<ParmVarDecl *> Params = parametersOf(Callee);
    unsigned N = std::min<unsigned>(Args.size(), Params.size());
    for (unsigned I = 0; I < N; ++I) {
      const ParmVarDecl *P = Params[I];
      // References, pointers and smart pointers to a socket (by value or not) hand the
      // caller's socket to the helper (test-inputs/identity-evidence-in-helpers).
      // A C out-parameter (`struct lws **out`) is no socket type, but a parameter this TU
      // already saw a socket opened into (test-inputs/fanout-helper-out-parameter-in-loop).
      if (!isHandle(P->getType()) ||
          (!libraryOfHolder(P->getType()) && !holdsSite(paramKey(P))))
        continue;
      Context Where = contextOf(DynTypedNode::create(*Call));
      addBinding(paramKey(P), slotOf(Args[I], Where), Call, Where);
    }
  }

  bool holdsSite(const std::string &ParamKey) const {
    return std::any_of(Out.Sites.begin(), Out.Sites.end(),
                       [&](const SocketSite &S) { return S.Holder.USR == ParamKey; });
  }

  /// A callback handed to a socket's own method that takes a socket of the same library
  /// receives that socket: Drogon's connectToServer callback gets its client
  /// (test-inputs/drogon-disable-ping).
  void bindCallbackSockets(const LibraryRules &L, const CallView &C, const Context &Where) {
    Slot Object = slotOf(C.Object, Where);
    if (Object.Kind == SlotKind::Temporary)
      return;
    for (const Decl *F : handlerFunctions(C, -1))
      for (const ParmVarDecl *P : parametersOf(F))
        if (libraryOfHolder(P->getType()) == &L &&
            (P->getType()->isReferenceType() || P->getType()->isPointerType()))
          addBinding(paramKey(P), Object, C.E, Where);
  }

  /// Records an instance of a user class made in a function: a construction, `new`, or
  /// std::make_unique / make_shared / allocate_shared of it (whose construction happens
  /// inside the standard library); how long it lives, and the records it covers. An object
  /// built as a member of the class whose code builds it lives as long as that object,
  /// whose own instantiation covers it; copies and moves are not new instances.
  void addInstantiation(const Expr *E) {
    const CXXRecordDecl *RD = nullptr;
    const ObjCInterfaceDecl *ObjC = nullptr;
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
      if (CE->getConstructor()->isCopyOrMoveConstructor())
        return;
      RD = CE->getConstructor()->getParent();
    } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
      RD = factoryRecord(Call->getDirectCallee());
    } else if (const auto *OM = dyn_cast<ObjCMessageExpr>(E)) {
      // `[Screen alloc]` (then an init) and `[Screen new]` make a Screen.
      std::string Sel = OM->getSelector().getAsString();
      if (OM->getReceiverKind() == ObjCMessageExpr::Class && (Sel == "alloc" || Sel == "new"))
        ObjC = objcInterfaceOf(OM->getClassReceiver());
    }
    const NamedDecl *Rec = RD ? static_cast<const NamedDecl *>(RD) : ObjC;
    if (!Rec || (RD && RD->isLambda()) || isLibraryCode(Rec->getLocation()) ||
        isLibraryCode(E->getBeginLoc()))
      return;
    Context Where = contextOf(DynTypedNode::create(*E));
    if (!Where.Function)
      return; // a global's initializer: it lives for the whole program, as its slots do
    // `new T` hands its object to whatever keeps the pointer; `[T alloc]` to the init sent
    // to it.
    const Expr *Made = E;
    for (const auto &P : Ctx->getParents(*E))
      if (const auto *New = P.get<CXXNewExpr>())
        Made = New;
    if (ObjC)
      Made = initialised(E);
    Slot Into = resultSlot(Made, Where);
    InstantiationFact I;
    switch (Into.Kind) {
    case SlotKind::Local: {
      const auto *VD = localNamed(Into, Made);
      bool Shared = VD && isSmartPointer(VD->getType()) &&
                    recordTemplateName(VD->getType()->getAsCXXRecordDecl()) == "std::shared_ptr";
      I.Life = !VD || escapes(VD) || (Shared && sharesItself(RD)) ||
                       (RD && Made != E && !isSmartPointer(VD->getType()))
                   ? Lifetime::Kept
                   : Lifetime::Scoped;
      break;
    }
    case SlotKind::Field:
      // A member built by its owner's constructor (or `conn_ = std::make_unique<Conn>()` in
      // its methods) lives as long as the owner, whose own instantiation covers it.
      if (const auto *MD = dyn_cast<CXXMethodDecl>(Where.Function);
          MD && Into.Record == usrOf(MD->getParent()))
        return;
      if (const auto *OM = dyn_cast<ObjCMethodDecl>(Where.Function);
          OM && OM->getClassInterface() && Into.Record == usrOf(OM->getClassInterface()))
        return;
      I.Life = Lifetime::Kept;
      break;
    case SlotKind::Returned:
      I.Life = Lifetime::Returned;
      break;
    case SlotKind::Element:
      I.Life = Lifetime::Kept;
      I.Element = true;
      break;
    case SlotKind::Temporary:
      // `std::make_shared<Session>(…)->run()`: a session that shares itself with its
      // handlers outlives the statement. An Objective-C object handed straight to a
      // message (`[nav pushViewController:[[Screen alloc] init] …]`) is retained by it.
      I.Life = (RD && sharesItself(RD)) || (ObjC && handedToMessage(Made)) ? Lifetime::Kept
                                                                         : Lifetime::Scoped;
      break;
    default:
      I.Life = Lifetime::Kept;
    }
    I.Record = usrOf(Rec);
    I.Name = ObjC ? ObjC->getName().str() : qualifiedName(RD);
    I.Function = usrOf(Where.Function);
    I.Loc = loc(E->getBeginLoc());
    I.In = placementOf(Where);
    std::set<std::string> Covers;
    if (RD)
      coverRecords(RD, Covers, 0);
    else
      coverClasses(ObjC, Covers, 0);
    I.Covers.assign(Covers.begin(), Covers.end());
    for (SourceLocation L : {E->getBeginLoc(), Where.InnermostLoop
                                                   ? Where.InnermostLoop->getBeginLoc()
                                                   : SourceLocation(),
                             Rec->getLocation()})
      if (L.isValid())
        for (auto &C : commentsAt(L))
          I.BoundaryComments.push_back(std::move(C));
    Out.Instantiations.push_back(std::move(I));
  }

  /// The Objective-C message E is part of, seen through the implicit casts, parentheses
  /// and compiler-named values around it, or null.
  const ObjCMessageExpr *enclosingMessage(const Expr *E) const {
    DynTypedNode N = DynTypedNode::create(*E);
    for (unsigned Hops = 0; Hops < 4; ++Hops) {
      auto Parents = Ctx->getParents(N);
      if (Parents.empty())
        return nullptr;
      N = Parents[0];
      if (const auto *OM = N.get<ObjCMessageExpr>())
        return OM;
      if (!N.get<ImplicitCastExpr>() && !N.get<ParenExpr>() && !N.get<OpaqueValueExpr>())
        return nullptr;
    }
    return nullptr;
  }

  /// The init message sent to what `[T alloc]` returns (`[[T alloc] initWithTitle:…]`),
  /// or the alloc itself.
  const Expr *initialised(const Expr *Alloc) const {
    const ObjCMessageExpr *OM = enclosingMessage(Alloc);
    return OM && OM->getInstanceReceiver() && peel(OM->getInstanceReceiver()) == Alloc
               ? OM
               : Alloc;
  }

  /// Is the object an argument of an Objective-C message (which retains it)?
  bool handedToMessage(const Expr *E) const {
    const ObjCMessageExpr *OM = enclosingMessage(E);
    return OM && llvm::any_of(OM->arguments(), [&](const Expr *A) { return peel(A) == E; });
  }

  /// An Objective-C class, its superclasses, and the user classes its properties and
  /// instance variables hold (an object owns what it keeps strongly), transitively.
  void coverClasses(const ObjCInterfaceDecl *I, std::set<std::string> &Out, unsigned Depth) const {
    if (!I || Depth > 4 || isLibraryCode(I->getLocation()) || !Out.insert(usrOf(I)).second)
      return;
    coverClasses(I->getSuperClass(), Out, Depth + 1);
    const ObjCInterfaceDecl *Def = I->getDefinition();
    if (!Def)
      return;
    for (const ObjCPropertyDecl *P : Def->properties())
      if (!(P->getPropertyAttributes() & ObjCPropertyAttribute::kind_weak))
        coverClasses(objcInterfaceOf(P->getType()), Out, Depth + 1);
    for (const ObjCIvarDecl *V = const_cast<ObjCInterfaceDecl *>(Def)->all_declared_ivar_begin();
         V; V = V->getNextIvar())
      if (V->getType().getObjCLifetime() != Qualifiers::OCL_Weak)
        coverClasses(objcInterfaceOf(V->getType()), Out, Depth + 1);
  }

  /// The local a Local slot names, found from the expression that initialises it.
  const VarDecl *localNamed(const Slot &S, const Expr *E) const {
    DynTypedNode N = DynTypedNode::create(*E);
    for (unsigned Hops = 0; Hops < 8; ++Hops) {
      auto Parents = Ctx->getParents(N);
      if (Parents.empty())
        return nullptr;
      N = Parents[0];
      if (const auto *VD = N.get<VarDecl>())
        return usrOf(VD) == S.USR ? VD : nullptr;
      if (const auto *BO = N.get<BinaryOperator>())
        if (const auto *R = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts()))
          return dyn_cast<VarDecl>(R->getDecl());
      if (const auto *Op = N.get<CXXOperatorCallExpr>(); Op && Op->getNumArgs() == 2)
        if (const auto *R = dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts()))
          return dyn_cast<VarDecl>(R->getDecl());
    }
    return nullptr;
  }

  /// A class that hands shared pointers to itself to its handlers lives as long as they do.
  static bool sharesItself(const CXXRecordDecl *RD) {
    return findInRecordOrBases<bool>(RD, [](const CXXRecordDecl *R) {
      return recordTemplateName(R) == "std::enable_shared_from_this";
    });
  }

  /// RD, its bases, and the user classes it owns as members (by value, or through
  /// unique_ptr, shared_ptr or optional), transitively.
  void coverRecords(const CXXRecordDecl *RD, std::set<std::string> &Out, unsigned Depth) const {
    // A class only declared here (a pimpl) is still covered: its fields are elsewhere.
    if (!RD || Depth > 4 || isLibraryCode(RD->getLocation()) || !Out.insert(usrOf(RD)).second ||
        !RD->hasDefinition())
      return;
    RD = RD->getDefinition();
    for (const CXXBaseSpecifier &B : RD->bases())
      coverRecords(B.getType()->getAsCXXRecordDecl(), Out, Depth + 1);
    for (const FieldDecl *F : RD->fields()) {
      QualType T = F->getType();
      const CXXRecordDecl *Member = T->getAsCXXRecordDecl();
      if (Member && !isLibraryCode(Member->getLocation())) {
        coverRecords(Member, Out, Depth + 1);
        continue;
      }
      std::string Holder = Member ? recordTemplateName(Member) : "";
      if (Holder == "std::unique_ptr" || Holder == "std::shared_ptr" ||
          Holder == "std::optional")
        if (QualType Owned = firstTypeArgument(T); !Owned.isNull())
          coverRecords(Owned->getAsCXXRecordDecl(), Out, Depth + 1);
    }
  }

  void addBinding(std::string Key, Slot Arg, const Expr *Call, const Context &Where) {
    if (Arg.Kind == SlotKind::Temporary)
      return;
    SlotBinding B;
    B.ParamUSR = std::move(Key);
    B.Arg = std::move(Arg);
    B.Caller = usrOf(Where.Function);
    B.Loc = loc(Call->getBeginLoc());
    B.In = placementOf(Where);
    Out.Bindings.push_back(std::move(B));
  }

  /// A getter defined here: each slot it hands back stands behind its getter key, so that
  /// calls on its result, in any TU, act on that slot (SlotBinding).
  void addGetterBindings(const FunctionDecl *FD) {
    if (!isGetterLike(FD))
      return;
    for (Slot &S : heldReturnSlots(FD)) {
      SlotBinding B;
      B.ParamUSR = getterKey(FD);
      B.Arg = std::move(S);
      B.Caller = usrOf(FD);
      B.Loc = loc(FD->getLocation());
      Out.Bindings.push_back(std::move(B));
    }
  }

  /// Records where the caller keeps what a user function returns, so that a socket the
  /// function returns resolves to the caller's slot (see SlotBinding).
  void addReturnBinding(const FunctionDecl *Callee, const CallExpr *Call) {
    if (!Callee || Callee->getReturnType()->isVoidType() ||
        isLibraryCode(Callee->getLocation()) || isLibraryCode(Call->getBeginLoc()))
      return;
    Context Where = contextOf(DynTypedNode::create(*Call));
    addBinding(returnKey(Callee), resultSlot(Call, Where), Call, Where);
  }
};

} // namespace extract
} // namespace wslint
