// SPDX-License-Identifier: Apache-2.0
#include "CallGraph.h"

#include "clang/AST/ASTLambda.h"
#include "clang/AST/RecursiveASTVisitor.h"

#include <map>
#include <optional>
#include <set>

namespace wslint {
namespace extract {

namespace {

/// Functions, entry points and "may run" edges, for the cross-TU call graph.
class GraphVisitor : public RecursiveASTVisitor<GraphVisitor> {
public:
  GraphVisitor(TUContext &TU, const PlaceReader &Places, const CallReader &Calls,
               const DelayReader &Delays, BindingRecorder &Bindings,
               InstanceRecorder &Instances, HandlerRecorder &Handlers)
      : TU(TU), Ctx(TU.ast()), Places(Places), Calls(Calls), Delays(Delays), Bindings(Bindings),
        Instances(Instances), Handlers(Handlers) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBody() const { return true; }

  bool TraverseDecl(Decl *D);
  bool TraverseLambdaExpr(LambdaExpr *L);
  bool TraverseBlockExpr(BlockExpr *B);
  bool VisitObjCMessageExpr(ObjCMessageExpr *M);
  bool VisitCallExpr(CallExpr *C);
  bool VisitCXXConstructExpr(CXXConstructExpr *C);
  bool VisitDeclRefExpr(DeclRefExpr *R);
  bool VisitBinaryOperator(BinaryOperator *B);
  bool VisitInitListExpr(InitListExpr *IL);
  bool VisitCXXConstructorDecl(CXXConstructorDecl *Ctor);
  bool VisitVarDecl(VarDecl *V);
  bool VisitMemberExpr(MemberExpr *M);

  /// Implicit and defaulted special members used by the user's code, with their edges.
  void finish();

private:
  static bool definedOnUse(const FunctionDecl *FD);
  /// Does a linker take this definition from this TU alone (FunctionFact::Strong): external
  /// linkage, not inline, not a template's instance (every TU using those has its own)?
  static bool strongDefinition(const FunctionDecl *FD);
  std::string frameworkNode();
  void recordMethod(const ObjCMethodDecl *OM);
  void recordFunction(const FunctionDecl *FD);
  void addEdge(const FunctionDecl *Callee, EdgeKind K, const Stmt *At);
  void addStored(const std::string &Storage, const std::string &Function);
  void addEdge(const std::string &Caller, const std::string &Callee, EdgeKind K,
               const Stmt *At = nullptr, const std::string &Via = "");
  const NamedDecl *storageOf(const Expr *E);
  static QualType storedType(const NamedDecl *D);
  std::string storageNode(const NamedDecl *D, bool Defines);
  void store(const Expr *Into, const Expr *Value);
  void constructedBy(const FunctionDecl *Factory, unsigned NumArgs, const Stmt *At, EdgeKind K);
  std::string parameterNode(const ParmVarDecl *P);
  void passFunctions(const FunctionDecl *Callee, llvm::ArrayRef<const Expr *> Args);
  void bindThreadArguments(llvm::ArrayRef<const Expr *> Args, const Expr *Call);
  void storeInField(const FieldDecl *F, const Expr *Value);
  bool holdsFunctions(QualType T, unsigned Depth = 0);
  std::string receiverOf(const Stmt *At);
  std::string ownerNode(const ValueDecl *D);
  SourceLoc locOf(const Decl *D) const { return TU.loc(D->getLocation()); }

  TUContext &TU;
  ASTContext &Ctx;
  const PlaceReader &Places;
  const CallReader &Calls;
  const DelayReader &Delays;
  BindingRecorder &Bindings;
  InstanceRecorder &Instances;
  HandlerRecorder &Handlers;

  std::vector<std::string> Stack;
  std::set<std::string> Recorded;
  /// The frameworks of an Objective-C program (UIKit, AppKit, Foundation): its main hands
  /// them control, and they call every method of the user's classes that overrides or
  /// implements one of theirs (viewDidLoad, a delegate protocol's callbacks). One node for
  /// every TU, so that main in main.m reaches a view controller's viewDidLoad in another
  /// file (test-inputs/libraries/socketrocket/socketrocket-screen-per-item).
  static constexpr const char *FrameworkNode = "objc-frameworks@";
  std::set<std::string> Storage;
  std::set<const InitListExpr *> SeenInits;
  std::set<const DeclRefExpr *> CalleeRefs;
  llvm::DenseMap<const RecordDecl *, bool> HoldsFunctions;
  /// The initializer of a member (in a constructor) or a local that owns an object (see
  /// receiverOf): the expression that constructs it, and the member or local.
  llvm::DenseMap<const Stmt *, const ValueDecl *> OwnerInits;
  /// Members and locals named as receivers (by USR); finish() records those of the edges
  /// kept.
  std::map<std::string, const ValueDecl *> Members;
  struct PendingFunction {
    std::optional<FunctionFact> Function;
    std::vector<CallEdge> Edges;
    bool Used = false;
  };
  std::map<std::string, PendingFunction> Implicit;
  std::vector<std::string> UsedImplicit;
};

bool GraphVisitor::TraverseDecl(Decl *D) {
  if (!D)
    return true;
  if (!isa<TranslationUnitDecl>(D) && TU.isLibraryCode(D->getLocation()))
    return true; // library internals are not the user's call graph
  // A global holding functions is a node of its own: what its initializer names runs
  // when the global is called through or handed on (test-inputs/whole-program/whole-program-function-tables).
  if (auto *VD = dyn_cast<VarDecl>(D); VD && Stack.empty() && VD->hasGlobalStorage() &&
                                       VD->hasInit() && holdsFunctions(VD->getType())) {
    Stack.push_back(storageNode(VD, /*Defines=*/true));
    bool R = RecursiveASTVisitor::TraverseDecl(D);
    Stack.pop_back();
    return R;
  }
  if (auto *OM = dyn_cast<ObjCMethodDecl>(D); OM && OM->hasBody()) {
    recordMethod(OM);
    Stack.push_back(usrOf(OM));
    bool R = RecursiveASTVisitor::TraverseDecl(D);
    Stack.pop_back();
    return R;
  }
  auto *FD = dyn_cast<FunctionDecl>(D);
  if (FD && FD->doesThisDeclarationHaveABody()) {
    recordFunction(FD);
    Bindings.addGetterBindings(FD);
    Stack.push_back(usrOf(FD));
    bool R = RecursiveASTVisitor::TraverseDecl(D);
    // A member or base constructed without an initializer written for it (`Link link_;`,
    // and a constructor that names no initializer for it, or one the compiler writes,
    // which is implicit code and not traversed) still runs its constructor: what that
    // constructor registers or starts belongs to the program
    // (test-inputs/reconnect/reconnect-handler-in-member-constructor).
    if (auto *Ctor = dyn_cast<CXXConstructorDecl>(FD); R && Ctor) {
      if (Ctor->isImplicit())
        VisitCXXConstructorDecl(Ctor);
      for (CXXCtorInitializer *Init : Ctor->inits())
        if (!Init->isWritten() && Init->getInit() && !TraverseStmt(Init->getInit()))
          return false;
    }
    Stack.pop_back();
    return R;
  }
  return RecursiveASTVisitor::TraverseDecl(D);
}

bool GraphVisitor::TraverseLambdaExpr(LambdaExpr *L) {
  CXXMethodDecl *Op = L->getCallOperator();
  addEdge(Op, handoffKind(L, TU.ast()), L);
  recordFunction(Op);
  Stack.push_back(usrOf(Op));
  bool R = RecursiveASTVisitor::TraverseLambdaExpr(L);
  Stack.pop_back();
  return R;
}

/// A block is code handed on, like a lambda: it runs when whoever gets it calls it.
bool GraphVisitor::TraverseBlockExpr(BlockExpr *B) {
  const BlockDecl *BD = B->getBlockDecl();
  std::string USR = usrOf(BD);
  if (USR.empty())
    return RecursiveASTVisitor::TraverseBlockExpr(B);
  addEdge(Stack.empty() ? "" : Stack.back(), USR, EdgeKind::Callback, B);
  if (Recorded.insert(USR).second) {
    FunctionFact F;
    F.USR = USR;
    F.Name = functionName(BD);
    F.Loc = locOf(BD);
    TU.Out.Functions.push_back(std::move(F));
  }
  Stack.push_back(USR);
  bool R = RecursiveASTVisitor::TraverseBlockExpr(B);
  Stack.pop_back();
  return R;
}

/// An Objective-C message runs the method it names (and, through the override edges,
/// any override); a selector it hands on (`@selector(reconnect)`) runs later; `[T alloc]`
/// makes a T.
bool GraphVisitor::VisitObjCMessageExpr(ObjCMessageExpr *M) {
  EdgeKind Kind = Delays.inWaitingLoop(M) ? EdgeKind::Repeating : EdgeKind::Call;
  if (const ObjCMethodDecl *Callee = M->getMethodDecl();
      Callee && !TU.isLibraryCode(Callee->getLocation()) && !Stack.empty()) {
    addEdge(Stack.back(), usrOf(Callee), Kind, M);
    // A socket handed to a method of the user's (`[self openSocket:self.socket]`).
    Bindings.addBindings(Callee, llvm::SmallVector<const Expr *, 4>(M->arguments()), M);
  }
  if (!Stack.empty())
    for (const Decl *Cb : Calls.selectorCallbacks(M))
      addEdge(Stack.back(), usrOf(Cb), EdgeKind::Callback, M);
  Instances.addInstantiation(M);
  return true;
}

bool GraphVisitor::VisitCallExpr(CallExpr *C) {
  // A Qt slot named in a string (`SLOT(reconnect())`) runs later, like a member function
  // handed to connect (test-inputs/libraries/qt-websockets/qt-websockets-string-connections).
  if (!Stack.empty())
    for (const Decl *Cb : Calls.slotCallbacks(C))
      addEdge(Stack.back(), usrOf(Cb), EdgeKind::Callback, C);
  EdgeKind Kind = Delays.inWaitingLoop(C) ? EdgeKind::Repeating : EdgeKind::Call;
  // The callee's own name is called here, not handed on (VisitDeclRefExpr runs after).
  if (const auto *Ref = dyn_cast<DeclRefExpr>(C->getCallee()->IgnoreParenImpCasts()))
    CalleeRefs.insert(Ref);
  // A call through a function pointer or a callable object held in storage may run
  // whatever is stored there: `ops->open(…)`, `(*handler)(…)`, `on_close_(…)`.
  const Expr *Through = C->getDirectCallee() ? nullptr : C->getCallee();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(C);
      Op && Op->getOperator() == OO_Call && Op->getNumArgs() > 0)
    Through = Op->getArg(0);
  if (const NamedDecl *Storage = storageOf(Through))
    addEdge(Stack.empty() ? "" : Stack.back(), storageNode(Storage, false), Kind, C);
  // `ops.open = f`, `on_close_ = [this] {…}`: the storage now holds those functions.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(C);
      Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
    store(Op->getArg(0), Op->getArg(1));
  if (const FunctionDecl *FD = C->getDirectCallee()) {
    addEdge(FD, Kind, C);
    llvm::SmallVector<const Expr *, 4> Args(C->arguments());
    // A member operator call passes the object as argument 0.
    if (isa<CXXOperatorCallExpr>(C) && isa<CXXMethodDecl>(FD) && !Args.empty())
      Args.erase(Args.begin());
    Bindings.addBindings(FD, Args, C);
    bindThreadArguments(Args, C);
    passFunctions(FD, Args);
    Instances.addInstantiation(C);
    constructedBy(FD, C->getNumArgs(), C, Kind);
    // Only for helpers this TU can see returning a socket (defined here, or returning a
    // socket type): recording every call's result would bloat the facts for nothing.
    if (FD->isDefined() || TU.isSocketType(FD->getReturnType()))
      Bindings.addReturnBinding(FD, C);
  }
  return true;
}

bool GraphVisitor::VisitCXXConstructExpr(CXXConstructExpr *C) {
  // The object a factory template makes is made by the factory's caller
  // (constructedBy): here it would be every instance's, for all callers.
  const auto *Factory =
      dyn_cast_or_null<FunctionDecl>(Places.contextOf(DynTypedNode::create(*C)).Function);
  if (const CXXRecordDecl *Built = Factory ? userFactoryRecord(Factory) : nullptr;
      Built && Built->getCanonicalDecl() == C->getConstructor()->getParent()->getCanonicalDecl()) {
    llvm::SmallVector<const Expr *, 4> Args(C->arguments());
    Bindings.addBindings(C->getConstructor(), Args, C);
    return true;
  }
  addEdge(C->getConstructor(), EdgeKind::Call, C);
  // An object whose methods override a library's virtuals (a request handler, a
  // listener) hands them to the library, which calls them later
  // (test-inputs/fanout/fanout-per-request-handler).
  if (const CXXRecordDecl *RD = C->getConstructor()->getParent();
      RD && !TU.isLibraryCode(RD->getLocation()) && RD->hasDefinition())
    for (const CXXMethodDecl *M : RD->methods())
      for (const CXXMethodDecl *Base : M->overridden_methods())
        if (TU.isLibraryCode(Base->getLocation()) && M->doesThisDeclarationHaveABody()) {
          addEdge(M, EdgeKind::Callback, C);
          break;
        }
  llvm::SmallVector<const Expr *, 4> Args(C->arguments());
  Bindings.addBindings(C->getConstructor(), Args, C);
  bindThreadArguments(Args, C);
  passFunctions(C->getConstructor(), Args);
  Instances.addInstantiation(C);
  return true;
}

/// A thread started on a function of the user's with arguments (`std::thread(read_loop,
/// std::ref(client), topic)`, `std::async(std::launch::async, f, s)`): the function's
/// parameters receive what follows it, as from a call; a method's first is its object
/// (test-inputs/lifetime/threads-per-feature).
void GraphVisitor::bindThreadArguments(llvm::ArrayRef<const Expr *> Args, const Expr *Call) {
  for (size_t I = 0; I < Args.size(); ++I) {
    const Expr *Arg = peel(Args[I]);
    if (const auto *U = dyn_cast<UnaryOperator>(Arg); U && U->getOpcode() == UO_AddrOf)
      Arg = peel(U->getSubExpr());
    const auto *Ref = dyn_cast<DeclRefExpr>(Arg);
    const auto *FD = Ref ? dyn_cast<FunctionDecl>(Ref->getDecl()) : nullptr;
    if (!FD) {
      if (I == 0 && Arg->getType()->isEnumeralType())
        continue; // std::async's launch policy
      return;
    }
    if (handoffKind(Ref, Ctx) != EdgeKind::Thread)
      return;
    size_t First = I + 1;
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && MD->isInstance())
      ++First;
    llvm::SmallVector<const Expr *, 4> Passed;
    for (size_t J = First; J < Args.size(); ++J) {
      // std::ref(x) and std::cref(x) hand the thread x itself.
      const Expr *A = peel(Args[J]);
      if (const auto *C = dyn_cast<CallExpr>(A); C && C->getNumArgs() == 1)
        if (const FunctionDecl *W = C->getDirectCallee();
            W && (qualifiedName(W) == "std::ref" || qualifiedName(W) == "std::cref"))
          A = C->getArg(0);
      Passed.push_back(A);
    }
    Bindings.addBindings(FD, Passed, Call);
    return;
  }
}

bool GraphVisitor::VisitDeclRefExpr(DeclRefExpr *R) {
  // A function named without being called is handed to someone who may call it.
  if (const auto *FD = dyn_cast<FunctionDecl>(R->getDecl()); FD && !CalleeRefs.count(R))
    addEdge(FD, handoffKind(R, TU.ast()), R);
  // So is a global holding functions: a protocols array given to the context, a JNI
  // method table given to RegisterNatives.
  if (const NamedDecl *Storage = storageOf(R); Storage && !Stack.empty())
    addEdge(Stack.back(), storageNode(Storage, false), EdgeKind::Callback, R);
  return true;
}

bool GraphVisitor::VisitBinaryOperator(BinaryOperator *B) {
  // (A property assignment's value is the compiler's named copy: peel to what it holds.)
  if (B->getOpcode() == BO_Assign)
    store(B->getLHS(), peel(B->getRHS()));
  return true;
}

/// Brace initialisers name the field each function goes to: `{.open = ws_open}`,
/// `{"feed", callback_feed, …}`.
bool GraphVisitor::VisitInitListExpr(InitListExpr *IL) {
  const InitListExpr *Sem = IL->isSemanticForm() ? IL : IL->getSemanticForm();
  const RecordDecl *RD = Sem ? Sem->getType()->getAsRecordDecl() : nullptr;
  if (!RD || !SeenInits.insert(Sem).second)
    return true;
  if (const FieldDecl *Union = Sem->getInitializedFieldInUnion()) {
    if (Sem->getNumInits() == 1)
      storeInField(Union, Sem->getInit(0));
    return true;
  }
  unsigned I = 0;
  for (const FieldDecl *F : RD->fields()) {
    if (F->isUnnamedBitField())
      continue;
    if (I >= Sem->getNumInits())
      break;
    storeInField(F, Sem->getInit(I++));
  }
  return true;
}

bool GraphVisitor::VisitCXXConstructorDecl(CXXConstructorDecl *Ctor) {
  for (const CXXCtorInitializer *Init : Ctor->inits())
    if (const FieldDecl *F = Init->getMember(); F && Init->getInit()) {
      storeInField(F, Init->getInit());
      // The member's construction runs on the member's object (`link_("/chat")`,
      // `link_(std::make_unique<Link>(…))`).
      OwnerInits[Init->getInit()->IgnoreImplicit()] = F;
    }
  return true;
}

/// A variable a function makes for itself: a local, not a parameter (whose object is the
/// caller's) and not static (one object for every call).
static bool isOwnLocal(const VarDecl *V) {
  return V->hasLocalStorage() && !isa<ParmVarDecl>(V);
}

bool GraphVisitor::VisitVarDecl(VarDecl *V) {
  // A local's construction runs on the local's object (`Link chat("/chat");`).
  if (isOwnLocal(V) && V->getInit())
    OwnerInits[V->getInit()->IgnoreImplicit()] = V;
  return true;
}

bool GraphVisitor::VisitMemberExpr(MemberExpr *M) {
  if (const auto *MD = dyn_cast<CXXMethodDecl>(M->getMemberDecl()))
    addEdge(MD, EdgeKind::Call, M);
  return true;
}

/// The member or local whose object a call runs on (CallEdge::Receiver): the object
/// expression of a method call, or of a method named for a call, is a member (written with
/// or without `this`, captured by a lambda or not, or of another object of the class) or a
/// local variable of a function (not a parameter, not static; captured or not) that owns
/// an object of a class of the user's: by value, or through a unique_ptr or optional
/// (`link_->open(…)`). Its construction (in a constructor's initializers, at the local's
/// declaration) runs on it too (identity/owners-as-locals). A method of the user's called
/// on `this` is "". A method of the user's called on any other object (a pointer or
/// shared_ptr, which another object may share; a reference; a parameter; a getter's
/// result; `shared_from_this()`) is OtherObject: whose object it is stays unknown, and
/// merge/Owners.cpp keeps one socket for every owner
/// (identity/owners-of-one-wrapper-lookalikes, reference-members: two features that call
/// one Link through reference members are not its owners).
/// The instance variable of `self` an Objective-C receiver names (`_link`, `self.link`, a
/// property's backing variable), when the class's own code puts an object it makes into it
/// and holds it strongly (madeByItsClass): the object is that class's own, like a C++
/// member by value. One given an object made elsewhere (`self.hub = [Hub shared]`) may
/// share it (test-inputs/identity/owners-objc-properties), and a weak one holds none.
static const ObjCIvarDecl *ownedIvar(const Expr *Receiver, ASTContext &Ctx) {
  Receiver = peel(Receiver);
  const ObjCIvarDecl *Iv = nullptr;
  if (const auto *IR = dyn_cast_or_null<ObjCIvarRefExpr>(Receiver);
      IR && IR->getBase()->isObjCSelfExpr())
    Iv = IR->getDecl();
  if (const auto *PR = dyn_cast_or_null<ObjCPropertyRefExpr>(Receiver);
      PR && PR->isExplicitProperty() && PR->isObjectReceiver() &&
      peel(PR->getBase())->isObjCSelfExpr())
    Iv = PR->getExplicitProperty()->getPropertyIvarDecl();
  return Iv && madeByItsClass(Iv, Ctx) == Made::Yes ? Iv : nullptr;
}

std::string GraphVisitor::receiverOf(const Stmt *At) {
  // A message to a method of the user's: on `self` it runs on the caller's object; on an
  // instance variable the class owns (ownedIvar), on that one's; on anything else, on an
  // object whose owner is unknown (test-inputs/identity/owners-objc-properties).
  if (const auto *OM = dyn_cast<ObjCMessageExpr>(At)) {
    const ObjCMethodDecl *Method = OM->getMethodDecl();
    if (!Method || TU.isLibraryCode(Method->getLocation()) ||
        OM->getReceiverKind() != ObjCMessageExpr::Instance ||
        peel(OM->getInstanceReceiver())->isObjCSelfExpr())
      return "";
    std::string Owner;
    if (const ObjCIvarDecl *Iv = ownedIvar(OM->getInstanceReceiver(), Ctx))
      Owner = ownerNode(Iv);
    return Owner.empty() ? OtherObject : Owner;
  }
  if (const auto *E = dyn_cast<Expr>(At))
    if (auto It = OwnerInits.find(E->IgnoreImplicit()); It != OwnerInits.end())
      return ownerNode(It->second);
  const MemberExpr *Callee = dyn_cast<MemberExpr>(At);
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(At))
    Callee = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens());
  if (!Callee || !isa<CXXMethodDecl>(Callee->getMemberDecl()))
    return "";
  const auto *Method = cast<CXXMethodDecl>(Callee->getMemberDecl());
  if (Method->isStatic() || TU.isLibraryCode(Method->getLocation()))
    return "";
  const Expr *Object = Callee->getBase()->IgnoreParenImpCasts();
  // `link_->open(…)` on a unique_ptr or optional: the object is what it holds.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Object);
      Op && Op->getOperator() == OO_Arrow && Op->getNumArgs() == 1)
    Object = Op->getArg(0)->IgnoreParenImpCasts();
  if (isa<CXXThisExpr>(Object))
    return "";
  std::string Owner;
  if (const auto *Member = dyn_cast<MemberExpr>(Object)) {
    if (const auto *F = dyn_cast<FieldDecl>(Member->getMemberDecl()))
      Owner = ownerNode(F);
  } else if (const auto *Ref = dyn_cast<DeclRefExpr>(Object)) {
    if (const auto *V = dyn_cast<VarDecl>(Ref->getDecl()); V && isOwnLocal(V))
      Owner = ownerNode(V);
  }
  return Owner.empty() ? OtherObject : Owner;
}

/// A member or local that owns an object of a class of the user's (its USR); "" for any
/// other.
std::string GraphVisitor::ownerNode(const ValueDecl *D) {
  if (TU.isLibraryCode(D->getLocation()))
    return "";
  // The class of the user's whose object D holds as its own.
  const Decl *Held = nullptr;
  if (isa<ObjCIvarDecl>(D)) {
    // An Objective-C instance variable (ownedIvar has said the class owns its object).
    const ObjCInterfaceDecl *I = objcInterfaceOf(D->getType());
    Held = I && I->hasDefinition() ? I : nullptr;
  } else {
    QualType T = D->getType().getNonReferenceType().getCanonicalType();
    if (D->getType()->isReferenceType() || T->isPointerType())
      return "";
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    if (RD && (recordTemplateName(RD) == "std::unique_ptr" ||
               recordTemplateName(RD) == "std::optional")) {
      QualType Inner = firstTypeArgument(T);
      RD = Inner.isNull() ? nullptr : Inner->getAsCXXRecordDecl();
    }
    Held = RD && RD->hasDefinition() ? RD : nullptr;
  }
  if (!Held || TU.isLibraryCode(Held->getLocation()))
    return "";
  std::string USR = usrOf(D);
  if (!USR.empty())
    Members.try_emplace(USR, D);
  return USR;
}

/// Special members the compiler defines only where something uses them: implicit ones,
/// and those defaulted on their first declaration (`virtual ~Base() = default;`).
bool GraphVisitor::definedOnUse(const FunctionDecl *FD) {
  if (FD->isImplicit())
    return true;
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  return MD && MD->isDefaulted() && !MD->isUserProvided();
}

std::string GraphVisitor::frameworkNode() {
  if (Recorded.insert(FrameworkNode).second) {
    FunctionFact F;
    F.USR = FrameworkNode;
    F.Name = "the app's frameworks";
    F.Kind = NodeKind::Framework;
    TU.Out.Functions.push_back(std::move(F));
  }
  return FrameworkNode;
}

void GraphVisitor::recordMethod(const ObjCMethodDecl *OM) {
  std::string USR = usrOf(OM);
  if (USR.empty() || !Recorded.insert(USR).second)
    return;
  FunctionFact F;
  F.USR = USR;
  F.Name = functionName(OM);
  F.Loc = locOf(OM);
  F.Strong = true; // an @implementation's method is in its object file only
  TU.Out.Functions.push_back(std::move(F));
  llvm::SmallVector<const ObjCMethodDecl *, 4> Overridden;
  OM->getOverriddenMethods(Overridden);
  bool Framework = false;
  for (const ObjCMethodDecl *Base : Overridden) {
    if (TU.isLibraryCode(Base->getLocation()))
      Framework = true;
    else if (std::string B = usrOf(Base); B != USR)
      TU.Out.Edges.push_back({B, USR, EdgeKind::Call});
  }
  // The frameworks call it on their events (a screen loaded, the app launched): once
  // each, not over time, so a ping sent there once is no heartbeat.
  if (Framework)
    TU.Out.Edges.push_back({frameworkNode(), USR, EdgeKind::Call});
}

void GraphVisitor::recordFunction(const FunctionDecl *FD) {
  std::string USR = usrOf(FD);
  if (USR.empty() || !Recorded.insert(USR).second)
    return;
  if (definedOnUse(FD))
    Implicit[USR].Used = false; // its facts wait in Implicit until user code uses it
  FunctionFact F;
  F.USR = USR;
  F.Name = qualifiedName(FD);
  F.Loc = locOf(FD);
  F.IsEntry = isEntryPoint(FD);
  F.Strong = strongDefinition(FD);
  if (isJniEntryPoint(FD))
    F.ClientKind = clientKindName(ClientKind::Mobile);
  // An Objective-C program's main hands control to its frameworks.
  if (F.IsEntry && Ctx.getLangOpts().ObjC)
    TU.Out.Edges.push_back({USR, frameworkNode(), EdgeKind::Callback});
  if (auto It = Implicit.find(USR); It != Implicit.end())
    It->second.Function = std::move(F);
  else
    TU.Out.Functions.push_back(std::move(F));
  // A call of a virtual method may run any override. An implicit override (a derived
  // class's destructor) waits with its other facts until user code uses it.
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && !definedOnUse(FD))
    Handlers.addPerRequestOverride(MD);
  // The edge names the override's class: a program runs it only if it makes one.
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    for (const CXXMethodDecl *Base : MD->overridden_methods()) {
      CallEdge E{usrOf(Base), USR, EdgeKind::Call};
      E.Class = usrOf(MD->getParent());
      (definedOnUse(FD) ? Implicit[USR].Edges : TU.Out.Edges).push_back(std::move(E));
    }
}

bool GraphVisitor::strongDefinition(const FunctionDecl *FD) {
  if (!FD->isExternallyVisible() || FD->isInlined() || definedOnUse(FD))
    return false;
  TemplateSpecializationKind K = FD->getTemplateSpecializationKind();
  return K == TSK_Undeclared || K == TSK_ExplicitSpecialization;
}

void GraphVisitor::addEdge(const FunctionDecl *Callee, EdgeKind K, const Stmt *At) {
  if (Stack.empty() || !Callee || TU.isLibraryCode(Callee->getLocation()))
    return;
  std::string USR = usrOf(Callee);
  addEdge(Stack.back(), USR, K, At);
  if (definedOnUse(Callee) && !USR.empty() && USR != Stack.back())
    UsedImplicit.push_back(USR);
}

/// An edge from storage to a function stored there by the code being visited.
void GraphVisitor::addStored(const std::string &Storage, const std::string &Function) {
  // A global's initializer is not code that runs: what it stores is always there.
  bool InCode = !Stack.empty() && !this->Storage.count(Stack.back());
  addEdge(Storage, Function, EdgeKind::Call, nullptr, InCode ? Stack.back() : "");
}

/// At: the expression that makes the edge (a call, a function named), for where it sits
/// in its caller; null for edges no expression makes. Via: see CallEdge::Via.
void GraphVisitor::addEdge(const std::string &Caller, const std::string &Callee, EdgeKind K,
                           const Stmt *At, const std::string &Via) {
  if (Caller.empty() || Callee.empty() || Caller == Callee)
    return;
  // What storage holds is not handed on again: it runs when the storage is used.
  if (Storage.count(Caller))
    K = EdgeKind::Call;
  CallEdge E{Caller, Callee, K};
  E.Via = Via;
  if (At && !Storage.count(Caller)) {
    E.Loc = TU.loc(At->getBeginLoc());
    Placement P = Places.placementAt(*At);
    E.Branch = std::move(P.Branch);
    E.InRetryLoop = P.InRetryLoop;
    E.InItemLoop = P.LoopPerItem;
    E.Receiver = receiverOf(At);
  }
  if (auto It = Implicit.find(Caller); It != Implicit.end())
    It->second.Edges.push_back(std::move(E));
  else
    TU.Out.Edges.push_back(std::move(E));
}

/// Storage of the user's that holds functions, behind an expression naming it (through
/// casts and `*`): a field, or a variable that is not a function's local.
const NamedDecl *GraphVisitor::storageOf(const Expr *E) {
  // An Objective-C block kept in a property or an instance variable (`self.onClose`,
  // `_onClose`): test-inputs/libraries/socketrocket/socketrocket-block-callback.
  if (const NamedDecl *O = E ? objcStorageOf(E) : nullptr)
    return !TU.isLibraryCode(O->getLocation()) && holdsFunctions(storedType(O)) ? O : nullptr;
  while (E) {
    E = E->IgnoreParenCasts();
    if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_Deref)
      E = U->getSubExpr();
    // `*on_close_` on a smart pointer to a callable: the storage is the pointer.
    else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
             Op && Op->getOperator() == OO_Star && Op->getNumArgs() == 1)
      E = Op->getArg(0);
    else
      break;
  }
  const NamedDecl *D = nullptr;
  if (const auto *M = dyn_cast_or_null<MemberExpr>(E))
    D = dyn_cast<FieldDecl>(M->getMemberDecl());
  else if (const auto *R = dyn_cast_or_null<DeclRefExpr>(E))
    if (const auto *V = dyn_cast<VarDecl>(R->getDecl());
        V && V->hasGlobalStorage() && !V->getParentFunctionOrMethod())
      D = V;
  if (!D || TU.isLibraryCode(D->getLocation()) || !holdsFunctions(storedType(D)))
    return nullptr;
  return D;
}

/// The type of what storage holds: a variable's, a field's, a property's.
QualType GraphVisitor::storedType(const NamedDecl *D) {
  if (const auto *P = dyn_cast<ObjCPropertyDecl>(D))
    return P->getType();
  return cast<ValueDecl>(D)->getType();
}

/// The node of a storage: a variable's is defined where its initializer is (Defines),
/// a field's wherever functions are stored in it.
std::string GraphVisitor::storageNode(const NamedDecl *D, bool Defines) {
  std::string USR = usrOf(D);
  Storage.insert(USR);
  bool IsField = isa<FieldDecl>(D) || isa<ObjCPropertyDecl>(D); // an ivar is a FieldDecl
  if ((Defines || IsField) && !USR.empty() && Recorded.insert(USR).second) {
    FunctionFact F;
    F.USR = USR;
    F.Name = qualifiedName(D);
    F.Loc = locOf(D);
    F.Kind = IsField ? NodeKind::Field : NodeKind::Variable;
    // A global table defined here (with its initializer) is this TU's to give a program.
    F.Strong = !IsField && Defines && D->isExternallyVisible();
    TU.Out.Functions.push_back(std::move(F));
  }
  return USR;
}

void GraphVisitor::store(const Expr *Into, const Expr *Value) {
  const NamedDecl *D = storageOf(Into);
  if (!D)
    return;
  for (const Decl *F : functionsIn(*Value, Ctx))
    if (!TU.isLibraryCode(F->getLocation()))
      addStored(storageNode(D, true), usrOf(F));
  // A setter storing the callable it is given (`void on_close(Fn f) { on_close_ = f; }`):
  // the storage holds whatever its callers pass (test-inputs/reconnect/reconnect-paths-across-functions).
  // Parameters of code the compiler writes (a lambda's copy constructor, defined when a
  // full parse instantiates std::function's) are no setter's: which bodies were parsed
  // would change the facts (test-inputs/reports/report-path-shortest-way).
  for (const auto &B : match(findAll(declRefExpr(to(parmVarDecl().bind("p")))), *Value, Ctx))
    if (const auto *P = B.getNodeAs<ParmVarDecl>("p"); P && holdsFunctions(P->getType()))
      if (const auto *FD = dyn_cast_or_null<FunctionDecl>(P->getDeclContext());
          FD && !definedOnUse(FD))
        addStored(storageNode(D, true), parameterNode(P));
}

/// std::make_unique<T>(args…) and its kin construct T inside the standard library: the
/// call runs T's constructors that take that many arguments
/// (test-inputs/fanout/fanout-justified-shards).
void GraphVisitor::constructedBy(const FunctionDecl *Factory, unsigned NumArgs, const Stmt *At,
                                 EdgeKind K) {
  const CXXRecordDecl *RD = factoryRecord(Factory);
  if (!RD || !RD->hasDefinition())
    return;
  // A factory template of the user's: the constructors its body calls.
  if (userFactoryRecord(Factory)) {
    for (const auto &B : match(findAll(cxxConstructExpr().bind("c")), *Factory->getBody(), Ctx))
      if (const CXXConstructorDecl *Ctor = B.getNodeAs<CXXConstructExpr>("c")->getConstructor();
          Ctor->getParent()->getCanonicalDecl() == RD->getCanonicalDecl())
        addEdge(Ctor, K, At);
    return;
  }
  if (qualifiedName(Factory) == "std::allocate_shared" && NumArgs > 0)
    --NumArgs; // the allocator
  for (const CXXConstructorDecl *Ctor : RD->getDefinition()->ctors())
    // Implicit ones exist only where something made the compiler define them: which
    // bodies were parsed would change the facts (Scenario.FactsMatchFullParse).
    if (!definedOnUse(Ctor) && !Ctor->isCopyOrMoveConstructor() &&
        Ctor->getMinRequiredArguments() <= NumArgs && NumArgs <= Ctor->getNumParams())
      addEdge(Ctor, K, At);
}

/// A parameter that holds functions is a node: what callers pass in runs where the
/// function stores or calls it.
std::string GraphVisitor::parameterNode(const ParmVarDecl *P) {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(P->getDeclContext());
  if (!FD)
    return "";
  // Named by its function and position, like a socket parameter (SlotFlow::paramKey).
  std::string USR =
      usrOf(FD->getCanonicalDecl()) + "@fnparam" + std::to_string(P->getFunctionScopeIndex());
  Storage.insert(USR);
  if (Recorded.insert(USR).second) {
    FunctionFact F;
    F.USR = USR;
    F.Name = qualifiedName(FD) + "(" + P->getName().str() + ")";
    F.Loc = locOf(P);
    F.Kind = NodeKind::Field;
    TU.Out.Functions.push_back(std::move(F));
  }
  return USR;
}

/// Functions passed to a user function's parameter that holds functions go to that
/// parameter's node.
void GraphVisitor::passFunctions(const FunctionDecl *Callee,
                                 llvm::ArrayRef<const Expr *> Args) {
  if (!Callee || TU.isLibraryCode(Callee->getLocation()))
    return;
  unsigned N = std::min<unsigned>(Args.size(), Callee->getNumParams());
  for (unsigned I = 0; I < N; ++I) {
    const ParmVarDecl *P = Callee->getParamDecl(I);
    if (!holdsFunctions(P->getType()))
      continue;
    for (const Decl *F : functionsIn(*Args[I], Ctx))
      if (!TU.isLibraryCode(F->getLocation()))
        addStored(parameterNode(P), usrOf(F));
  }
}

void GraphVisitor::storeInField(const FieldDecl *F, const Expr *Value) {
  if (Value && !TU.isLibraryCode(F->getLocation()) && holdsFunctions(F->getType()))
    for (const Decl *Fn : functionsIn(*Value, Ctx))
      if (!TU.isLibraryCode(Fn->getLocation()))
        addStored(storageNode(F, true), usrOf(Fn));
}

/// Can a value of type T hold a function: a function pointer, a callable object
/// (std::function, a lambda), an untyped pointer (JNI's fnPtr), or an array, pointer or
/// record of such.
bool GraphVisitor::holdsFunctions(QualType T, unsigned Depth) {
  T = T.getCanonicalType();
  while (const ArrayType *A = Ctx.getAsArrayType(T))
    T = A->getElementType().getCanonicalType();
  if (T->isFunctionPointerType() || T->isMemberFunctionPointerType() ||
      T->isBlockPointerType() || T->isVoidPointerType())
    return true;
  if (T->isPointerType() || T->isReferenceType())
    T = T->getPointeeType().getCanonicalType();
  // A smart pointer to a callable holds one.
  if (QualType Pointee = isSmartPointer(T) ? firstTypeArgument(T) : QualType();
      !Pointee.isNull())
    return holdsFunctions(Pointee, Depth + 1);
  const auto *RD = T->getAsCXXRecordDecl();
  const RecordDecl *Rec = T->getAsRecordDecl();
  if (!Rec || Depth > 3)
    return false;
  auto [It, New] = HoldsFunctions.try_emplace(Rec, false);
  if (!New)
    return It->second;
  bool Holds = false;
  if (RD && (RD->isLambda() || recordTemplateName(RD) == "std::function" ||
             recordTemplateName(RD) == "std::move_only_function"))
    Holds = true;
  for (const FieldDecl *F : Rec->fields())
    Holds = Holds || holdsFunctions(F->getType(), Depth + 1);
  if (RD && RD->hasDefinition())
    for (const CXXBaseSpecifier &B : RD->bases())
      Holds = Holds || holdsFunctions(B.getType(), Depth + 1);
  HoldsFunctions[Rec] = Holds;
  return Holds;
}

/// Implicit and defaulted special members (a class's implicit constructor) are defined
/// when something uses them, and a library body that is parsed (--full-parse) uses them where a
/// skipped one does not. Their facts are kept only when the user's own code uses them, directly
/// or through another kept one, so the facts never depend on which bodies were parsed
/// (Scenario.FactsMatchFullParse, test-inputs/fanout/fanout-socket-per-widget).
void GraphVisitor::finish() {
  while (!UsedImplicit.empty()) {
    std::string USR = std::move(UsedImplicit.back());
    UsedImplicit.pop_back();
    auto It = Implicit.find(USR);
    if (It == Implicit.end() || It->second.Used)
      continue;
    It->second.Used = true;
    if (It->second.Function)
      TU.Out.Functions.push_back(*It->second.Function);
    for (const CallEdge &E : It->second.Edges) {
      TU.Out.Edges.push_back(E);
      if (Implicit.count(E.Callee))
        UsedImplicit.push_back(E.Callee);
    }
  }
  // The members and locals the kept edges run on (an implicit constructor left unused
  // names none).
  std::set<std::string> Named;
  std::map<std::string, std::vector<size_t>> LocalsByName; // "main::s" -> their facts
  for (const CallEdge &E : TU.Out.Edges)
    if (!E.Receiver.empty() && E.Receiver != OtherObject && Named.insert(E.Receiver).second)
      if (auto It = Members.find(E.Receiver); It != Members.end()) {
        const ValueDecl *D = It->second;
        // Named like its slots: the property, where one is backed by it ('Chat::link').
        if (const auto *Iv = dyn_cast<ObjCIvarDecl>(D)) {
          TU.Out.Members.push_back({E.Receiver, qualifiedName(objcStorage(Iv)),
                                    usrOf(Iv->getContainingInterface()), locOf(Iv)});
          continue;
        }
        if (const auto *F = dyn_cast<FieldDecl>(D)) {
          TU.Out.Members.push_back({E.Receiver, qualifiedName(F),
                                    usrOf(cast<RecordDecl>(F->getParent())), locOf(F)});
          continue;
        }
        // A local: named after its function ('main::chat'; in a lambda or block, the
        // function that writes it), owned by no class.
        const DeclContext *DC = D->getDeclContext();
        while (DC && ((!isa<FunctionDecl>(DC) && !isa<ObjCMethodDecl>(DC)) ||
                      isLambdaCallOperator(DC)))
          DC = DC->getParent();
        const auto *Fn = DC ? dyn_cast<NamedDecl>(cast<Decl>(DC)) : nullptr;
        std::string Name = (Fn ? qualifiedName(Fn) + "::" : std::string()) + D->getName().str();
        LocalsByName[Name].push_back(TU.Out.Members.size());
        TU.Out.Members.push_back({E.Receiver, Name, "", locOf(D)});
      }
  // Two locals of one function with one name (`Link s` in both arms of an if) are told
  // apart by their lines (identity/owners-as-locals, branches).
  for (auto &[Name, Facts] : LocalsByName)
    if (Facts.size() > 1)
      for (size_t I : Facts)
        TU.Out.Members[I].Name += " (line " + std::to_string(TU.Out.Members[I].Loc.Line) + ")";
}

} // namespace

void CallGraph::build() {
  GraphVisitor Graph(TU, Places, Calls, Delays, Bindings, Instances, Handlers);
  Graph.TraverseDecl(TU.ast().getTranslationUnitDecl());
  Graph.finish();
}

} // namespace extract
} // namespace wslint
