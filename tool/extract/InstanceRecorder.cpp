// SPDX-License-Identifier: Apache-2.0
#include "InstanceRecorder.h"

#include "clang/AST/ParentMapContext.h"

namespace wslint {
namespace extract {

/// Records an instance of a user class made in a function: a construction, `new`, or
/// std::make_unique / make_shared / allocate_shared of it (whose construction happens
/// inside the standard library); how long it lives, and the records it covers. An object
/// built as a member of the class whose code builds it lives as long as that object,
/// whose own instantiation covers it; copies and moves are not new instances.
void InstanceRecorder::addInstantiation(const Expr *E) {
  const CXXRecordDecl *RD = nullptr;
  const ObjCInterfaceDecl *ObjC = nullptr;
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
    // A base's part of a derived object (`: Feed(ioc)`), or a constructor handing on to
    // another of its class: the object is the one being built, made where that one is
    // (lifetime/instances-filled-later, base-initializer).
    if (CE->getConstructor()->isCopyOrMoveConstructor() ||
        CE->getConstructionKind() != CXXConstructionKind::Complete)
      return;
    RD = CE->getConstructor()->getParent();
  } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
    RD = factoryRecord(Call->getDirectCallee());
  } else if (const auto *OM = dyn_cast<ObjCMessageExpr>(E)) {
    // `[Screen alloc]` (then an init) and `[Screen new]` make a Screen.
    if (makesObjCObject(OM))
      ObjC = objcInterfaceOf(OM->getClassReceiver());
  }
  const NamedDecl *Rec = RD ? static_cast<const NamedDecl *>(RD) : ObjC;
  if (!Rec || (RD && RD->isLambda()) || TU.isLibraryCode(Rec->getLocation()) ||
      TU.isLibraryCode(E->getBeginLoc()))
    return;
  Context Where = Places.contextOf(DynTypedNode::create(*E));
  InstantiationFact I;
  if (!Where.Function) {
    // A global's initializer: the object lives for the whole program, as its slots do,
    // and is not counted apart from them; it is an object of its class for virtual calls
    // (test-inputs/whole-program/programs-make-their-overrides).
    if (!initialisesStaticVariable(E))
      return; // a default member initializer: made with the object that holds it
    I.Counted = false;
    I.Life = Lifetime::Kept;
    record(I, E, Rec, RD, ObjC, Where);
    return;
  }
  // `new T` hands its object to whatever keeps the pointer; `[T alloc]` to the init sent
  // to it.
  const Expr *Made = E;
  for (const auto &P : TU.ast().getParents(*E))
    if (const auto *New = P.get<CXXNewExpr>())
      Made = New;
  if (ObjC)
    Made = initialised(E);
  Slot Into = Slots.resultSlot(Made, Where);
  switch (Into.Kind) {
  case SlotKind::Local: {
    const auto *VD = localNamed(Into, Made);
    bool Shared = VD && isSharedPointer(VD->getType());
    I.Life = !VD || Locals.escapes(VD) || (Shared && sharesItself(RD)) ||
                     (RD && Made != E && !isSmartPointer(VD->getType()))
                 ? Lifetime::Kept
                 : Lifetime::Scoped;
    break;
  }
  case SlotKind::Field:
    // A member built by its owner's constructor (or `conn_ = std::make_unique<Conn>()` in
    // its methods) lives as long as the owner, whose own instantiation covers it.
    // Not counted apart from it, but an object of its class for virtual calls (a
    // `std::unique_ptr<Base>` member given a Derived: test-inputs/whole-program/
    // programs-make-their-overrides).
    if (const auto *MD = dyn_cast<CXXMethodDecl>(Where.Function);
        MD && Into.Record == usrOf(MD->getParent())) {
      I.Counted = false;
      I.Fills = Into.USR;
      I.FillsInConstructor = isa<CXXConstructorDecl>(MD);
    }
    if (const auto *OM = dyn_cast<ObjCMethodDecl>(Where.Function);
        OM && OM->getClassInterface() && Into.Record == usrOf(OM->getClassInterface()))
      I.Counted = false;
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
  record(I, E, Rec, RD, ObjC, Where);
}

void InstanceRecorder::record(InstantiationFact &I, const Expr *E, const NamedDecl *Rec,
                              const CXXRecordDecl *RD, const ObjCInterfaceDecl *ObjC,
                              const Context &Where) {
  I.Record = usrOf(Rec);
  I.Name = ObjC ? ObjC->getName().str() : qualifiedName(RD);
  I.Function = usrOf(Where.Function);
  I.Loc = TU.loc(E->getBeginLoc());
  I.In = Places.placementOf(Where);
  std::set<std::string> Covers;
  if (RD)
    coverRecords(RD, Covers, I.CoveredThrough, "", 0);
  else
    coverClasses(ObjC, Covers, 0);
  I.Covers.assign(Covers.begin(), Covers.end());
  for (SourceLocation L :
       {E->getBeginLoc(),
        Where.InnermostLoop ? Where.InnermostLoop->getBeginLoc() : SourceLocation(),
        Rec->getLocation()})
    if (L.isValid())
      for (auto &C : Comments.at(L))
        I.BoundaryComments.push_back(std::move(C));
  TU.Out.Instantiations.push_back(std::move(I));
}

/// The Objective-C message E is part of, seen through the implicit casts, parentheses
/// and compiler-named values around it, or null.
const ObjCMessageExpr *InstanceRecorder::enclosingMessage(const Expr *E) const {
  DynTypedNode N = DynTypedNode::create(*E);
  for (unsigned Hops = 0; Hops < 4; ++Hops) {
    auto Parents = TU.ast().getParents(N);
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
const Expr *InstanceRecorder::initialised(const Expr *Alloc) const {
  const ObjCMessageExpr *OM = enclosingMessage(Alloc);
  return OM && OM->getInstanceReceiver() && peel(OM->getInstanceReceiver()) == Alloc ? OM
                                                                                     : Alloc;
}

/// Is the object an argument of an Objective-C message (which retains it)?
bool InstanceRecorder::handedToMessage(const Expr *E) const {
  const ObjCMessageExpr *OM = enclosingMessage(E);
  return OM && llvm::any_of(OM->arguments(), [&](const Expr *A) { return peel(A) == E; });
}

/// An Objective-C class, its superclasses, and the user classes its properties and
/// instance variables hold (an object owns what it keeps strongly), transitively.
void InstanceRecorder::coverClasses(const ObjCInterfaceDecl *I, std::set<std::string> &Out,
                                    unsigned Depth) const {
  if (!I || Depth > 4 || TU.isLibraryCode(I->getLocation()) || !Out.insert(usrOf(I)).second)
    return;
  coverClasses(I->getSuperClass(), Out, Depth + 1);
  const ObjCInterfaceDecl *Def = I->getDefinition();
  if (!Def)
    return;
  // Not what a variable holds that the class's code fills only with objects made elsewhere
  // (a shared hub: test-inputs/identity/owners-objc-properties).
  for (const ObjCPropertyDecl *P : Def->properties())
    if (!(P->getPropertyAttributes() & ObjCPropertyAttribute::kind_weak) &&
        !(P->getPropertyIvarDecl() &&
          madeByItsClass(P->getPropertyIvarDecl(), TU.ast()) == Made::No))
      coverClasses(objcInterfaceOf(P->getType()), Out, Depth + 1);
  for (const ObjCIvarDecl *V = const_cast<ObjCInterfaceDecl *>(Def)->all_declared_ivar_begin();
       V; V = V->getNextIvar())
    if (V->getType().getObjCLifetime() != Qualifiers::OCL_Weak &&
        madeByItsClass(V, TU.ast()) != Made::No)
      coverClasses(objcInterfaceOf(V->getType()), Out, Depth + 1);
}

/// The local a Local slot names, found from the expression that initialises it.
const VarDecl *InstanceRecorder::localNamed(const Slot &S, const Expr *E) const {
  DynTypedNode N = DynTypedNode::create(*E);
  for (unsigned Hops = 0; Hops < 8; ++Hops) {
    auto Parents = TU.ast().getParents(N);
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
bool InstanceRecorder::sharesItself(const CXXRecordDecl *RD) {
  return findInRecordOrBases<bool>(RD, [](const CXXRecordDecl *R) {
    return recordTemplateName(R) == "std::enable_shared_from_this";
  });
}

/// RD, its bases, and the user classes it owns as members (by value, or through
/// unique_ptr, shared_ptr or optional), transitively. Via: the smart-pointer or optional
/// member the way to RD passes (empty: none); what is held only through one is recorded in
/// Through (InstantiationFact::CoveredThrough).
void InstanceRecorder::coverRecords(const CXXRecordDecl *RD, std::set<std::string> &Out,
                                    std::map<std::string, std::string> &Through,
                                    const std::string &Via, unsigned Depth) const {
  // A class only declared here (a pimpl) is still covered: its fields are elsewhere.
  if (!RD || Depth > 4 || TU.isLibraryCode(RD->getLocation()))
    return;
  std::string USR = usrOf(RD);
  if (!Out.insert(USR).second) {
    // Held again, now unconditionally: so is what it holds.
    if (!Via.empty() || !Through.erase(USR))
      return;
  } else if (!Via.empty()) {
    Through[USR] = Via;
  }
  if (!RD->hasDefinition())
    return;
  RD = RD->getDefinition();
  for (const CXXBaseSpecifier &B : RD->bases())
    coverRecords(B.getType()->getAsCXXRecordDecl(), Out, Through, Via, Depth + 1);
  for (const FieldDecl *F : RD->fields()) {
    QualType T = F->getType();
    const CXXRecordDecl *Member = T->getAsCXXRecordDecl();
    if (Member && !TU.isLibraryCode(Member->getLocation())) {
      coverRecords(Member, Out, Through, Via, Depth + 1);
      continue;
    }
    std::string Holder = Member ? recordTemplateName(Member) : "";
    if (Holder == "std::unique_ptr" || Holder == "std::optional" ||
        (Holder == "std::shared_ptr" && !sharesGiven(RD, F)))
      if (QualType Owned = firstTypeArgument(T); !Owned.isNull())
        coverRecords(Owned->getAsCXXRecordDecl(), Out, Through, Via.empty() ? usrOf(F) : Via,
                     Depth + 1);
  }
}

/// Does a constructor of RD initialise the shared_ptr member F from one of its parameters
/// (`link_(std::move(link))`)? Then the object is one someone else made and shares, not one
/// more per instance of RD (test-inputs/identity/owners-of-one-wrapper-lookalikes,
/// shared-link).
bool InstanceRecorder::sharesGiven(const CXXRecordDecl *RD, const FieldDecl *F) const {
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (Init->getMember() == F && Init->isWritten() && Init->getInit() &&
          !match(findAll(declRefExpr(to(parmVarDecl()))), *Init->getInit(), TU.ast())
               .empty())
        return true;
  return false;
}

bool InstanceRecorder::initialisesStaticVariable(const Expr *E) const {
  DynTypedNode N = DynTypedNode::create(*E);
  for (unsigned Hops = 0; Hops < 16; ++Hops) {
    auto Parents = TU.ast().getParents(N);
    if (Parents.empty())
      return false;
    N = Parents[0];
    if (const auto *VD = N.get<VarDecl>())
      return VD->hasGlobalStorage();
    if (N.get<Decl>())
      return false; // a field's default initializer, a parameter's default argument
  }
  return false;
}

} // namespace extract
} // namespace wslint
