// SPDX-License-Identifier: Apache-2.0
#include "AstUtil.h"

#include "clang/Index/USRGeneration.h"

namespace wslint {
namespace extract {

bool isJniEntryPoint(const FunctionDecl *FD) {
  if (!FD->getIdentifier() || !FD->getDeclContext()->getRedeclContext()->isFileContext())
    return false;
  llvm::StringRef Name = FD->getName();
  return (Name == "JNI_OnLoad" || Name.starts_with("Java_")) && FD->isExternallyVisible() &&
         FD->isExternC();
}

bool isEntryPoint(const FunctionDecl *FD) {
  if (FD->isMain() || isJniEntryPoint(FD))
    return true;
  return FD->getIdentifier() && FD->getDeclContext()->getRedeclContext()->isFileContext() &&
         (FD->getName() == "WinMain" || FD->getName() == "wWinMain");
}

const Decl *patternOf(const Decl *D) {
  if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
    const FunctionDecl *P = FD->getTemplateInstantiationPattern();
    return P ? P : FD;
  }
  if (const auto *RD = dyn_cast<CXXRecordDecl>(D)) {
    const CXXRecordDecl *P = RD->getTemplateInstantiationPattern();
    return P ? P : RD;
  }
  if (const auto *F = dyn_cast<FieldDecl>(D); F && !isa<ObjCIvarDecl>(F)) {
    const auto *RD = dyn_cast<CXXRecordDecl>(F->getParent());
    if (const CXXRecordDecl *P = RD ? RD->getTemplateInstantiationPattern() : nullptr)
      for (const FieldDecl *PF : P->fields())
        if (PF->getDeclName() == F->getDeclName())
          return PF;
    return F;
  }
  if (const auto *VD = dyn_cast<VarDecl>(D)) {
    if (const VarDecl *P = VD->getTemplateInstantiationPattern())
      return P; // a static data member or variable template
    // A local or parameter of an instantiated function: the pattern's, written at the same
    // place.
    const auto *Parent = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
    if (const FunctionDecl *PF = Parent ? Parent->getTemplateInstantiationPattern() : nullptr) {
      for (const ParmVarDecl *PV : PF->parameters())
        if (PV->getLocation() == VD->getLocation())
          return PV;
      for (const Decl *Inner : PF->decls())
        if (isa<VarDecl>(Inner) && Inner->getLocation() == VD->getLocation())
          return Inner;
    }
  }
  return D;
}

bool fileLocalIdentity(const Decl *D) {
  if (const auto *F = dyn_cast<FieldDecl>(D); F && !isa<ObjCIvarDecl>(F))
    D = F->getParent();
  const auto *ND = dyn_cast<NamedDecl>(D);
  return ND && !ND->isExternallyVisible();
}

std::string usrOf(const Decl *D) {
  llvm::SmallString<128> Buf;
  if (!D)
    return "";
  // A block has no USR of its own: it is named by the code it is written in and where.
  if (const auto *B = dyn_cast<BlockDecl>(D)) {
    const SourceManager &SM = D->getASTContext().getSourceManager();
    PresumedLoc P = SM.getPresumedLoc(SM.getFileLoc(B->getLocation()));
    const Decl *Outer = B->getParent() ? Decl::castFromDeclContext(B->getParent()) : nullptr;
    std::string Base = Outer ? usrOf(Outer) : "";
    if (Base.empty() || P.isInvalid())
      return "";
    return Base + "@block@" + std::to_string(P.getLine()) + ":" + std::to_string(P.getColumn());
  }
  D = patternOf(D);
  if (index::generateUSRForDecl(D, Buf))
    return "";
  const SourceManager &SM = D->getASTContext().getSourceManager();
  // The file an entity is written in, by its real path: the same header however a TU
  // reaches it.
  auto FileOf = [&](const Decl *Of) -> std::string {
    SourceLocation L = SM.getFileLoc(Of->getLocation());
    if (auto FE = SM.getFileEntryRefForID(SM.getFileID(L))) {
      llvm::StringRef Real = FE->getFileEntry().tryGetRealPathName();
      return Real.empty() ? absoluteIn(SM, FE->getName()) : Real.str();
    }
    return absoluteIn(SM, SM.getFilename(L));
  };
  // Two lambdas of one function with the same signature get the same USR: tell them apart
  // by where they are written (test-inputs/libraries/websocketpp/websocketpp-reconnect-no-delay).
  if (const auto *MD = dyn_cast<CXXMethodDecl>(D); MD && MD->getParent()->isLambda()) {
    PresumedLoc P = SM.getPresumedLoc(SM.getFileLoc(MD->getParent()->getLocation()));
    if (P.isValid())
      Buf += "@" + std::to_string(P.getLine()) + ":" + std::to_string(P.getColumn());
  }
  // Every program has its own main, and every file its own static entities: the USR alone
  // would merge them across programs.
  const auto *FD = dyn_cast<FunctionDecl>(D);
  if ((FD && isEntryPoint(FD)) || fileLocalIdentity(D))
    Buf += "@" + FileOf(D->getCanonicalDecl());
  return std::string(Buf);
}

std::vector<const Decl *> functionsIn(const Expr &E, ASTContext &Ctx, unsigned Depth) {
  std::vector<const Decl *> Out;
  for (const auto &B :
       match(findAll(expr(anyOf(declRefExpr(to(functionDecl().bind("f"))),
                                declRefExpr(to(varDecl().bind("v"))), lambdaExpr().bind("l"),
                                blockExpr().bind("b")))),
             E, Ctx)) {
    const Decl *F = B.getNodeAs<FunctionDecl>("f");
    if (const auto *L = B.getNodeAs<LambdaExpr>("l"))
      F = L->getCallOperator();
    if (const auto *Block = B.getNodeAs<BlockExpr>("b"))
      F = Block->getBlockDecl();
    // A callable kept in a local first (`auto factory = [] {…}; set(factory);`).
    if (const auto *V = B.getNodeAs<VarDecl>("v");
        V && !isa<ParmVarDecl>(V) && V->hasLocalStorage() && V->getInit() && Depth < 2)
      for (const Decl *G : functionsIn(*V->getInit(), Ctx, Depth + 1))
        Out.push_back(G);
    if (F)
      Out.push_back(F);
  }
  return Out;
}

llvm::ArrayRef<ParmVarDecl *> parametersOf(const Decl *D) {
  if (const auto *F = dyn_cast<FunctionDecl>(D))
    return F->parameters();
  if (const auto *B = dyn_cast<BlockDecl>(D))
    return B->parameters();
  if (const auto *M = dyn_cast<ObjCMethodDecl>(D))
    return M->parameters();
  return {};
}

std::string qualifiedName(const NamedDecl *D) {
  if (!D)
    return "";
  PrintingPolicy PP(D->getASTContext().getLangOpts());
  PP.SuppressInlineNamespace = true;
  PP.SuppressUnwrittenScope = true;
  std::string S;
  llvm::raw_string_ostream OS(S);
  D->printQualifiedName(OS, PP);
  return OS.str();
}

std::string recordTemplateName(const CXXRecordDecl *RD) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    return qualifiedName(Spec->getSpecializedTemplate());
  return qualifiedName(RD);
}

const Expr *peel(const Expr *E) {
  while (E) {
    const Expr *Prev = E;
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      E = C->getSubExpr();
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E))
      E = F->getSubExpr();
    // Objective-C property syntax (`self.socket`): the property reference as written; a
    // value the compiler names twice (the object of a property access): what it stands for.
    else if (const auto *PO = dyn_cast<PseudoObjectExpr>(E))
      E = PO->getSyntacticForm();
    else if (const auto *OV = dyn_cast<OpaqueValueExpr>(E); OV && OV->getSourceExpr())
      E = OV->getSourceExpr();
    else if (const auto *Ctor = dyn_cast<CXXConstructExpr>(E);
             Ctor && Ctor->getNumArgs() == 1 &&
             (Ctor->getConstructor()->isCopyOrMoveConstructor() ||
              Ctor->getConstructor()->isConvertingConstructor(false)))
      E = Ctor->getArg(0);
    if (E == Prev)
      return E;
  }
  return E;
}

std::string absoluteIn(const SourceManager &SM, llvm::StringRef Name) {
  llvm::SmallString<256> P(Name);
  SM.getFileManager().makeAbsolutePath(P);
  return absolutePath(std::string(P));
}

CodeOwnership::CodeOwnership(const SourceManager &SM, std::string Root,
                             std::vector<std::string> Library, VendoredCopies Copies)
    : SM(SM), Root(std::move(Root)), Library(std::move(Library)), Copies(std::move(Copies)) {
  if (!this->Root.empty() && this->Root.back() != '/')
    this->Root += '/';
}

bool CodeOwnership::isLibrary(SourceLocation L) const {
  if (L.isInvalid())
    return false;
  L = SM.getFileLoc(L);
  if (SM.isInSystemHeader(L))
    return true;
  FileID F = SM.getFileID(L);
  auto It = Cache.find(F);
  if (It != Cache.end())
    return It->second;
  bool Lib = true;
  if (auto Entry = SM.getFileEntryRefForID(F)) {
    std::string Path = absoluteIn(SM, Entry->getName());
    bool InRoot = llvm::StringRef(Path).starts_with(Root);
    bool Vendored =
        InRoot && !Library.empty() && matchesAnyGlob(Library, Path.substr(Root.size()));
    if (InRoot && !Vendored)
      if (const VendoredCopy *C = Copies.find(Path)) {
        Vendored = true;
        CopiesRead.insert(*C);
      }
    // The main file is the user's unless the config says it is a library's, or it lies in
    // a copy of a library.
    Lib = F == SM.getMainFileID() ? Vendored : !InRoot || Vendored;
  }
  Cache[F] = Lib;
  return Lib;
}

QualType firstTypeArgument(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return {};
  return Spec->getTemplateArgs()[0].getAsType();
}

bool isContainerInsert(const FunctionDecl *FD) {
  llvm::StringRef Name = FD && FD->getIdentifier() ? FD->getName() : "";
  return std::find(std::begin(ContainerInserts), std::end(ContainerInserts), Name) !=
         std::end(ContainerInserts);
}

static bool isThreadClass(const CXXRecordDecl *RD) {
  std::string Name = RD ? qualifiedName(RD) : "";
  return std::find(std::begin(ThreadClasses), std::end(ThreadClasses), Name) !=
         std::end(ThreadClasses);
}

static bool inAsio(llvm::StringRef Qualified) {
  return Qualified.starts_with("boost::asio::") || Qualified.starts_with("asio::");
}

/// Does an executor of type T run its work on a pool of threads (Asio's thread_pool and its
/// executors, the system executor)?
static bool isThreadPool(QualType T) {
  const CXXRecordDecl *RD = T.isNull() ? nullptr : T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return false;
  std::string Name = qualifiedName(RD);
  return inAsio(Name) && (llvm::StringRef(Name).contains("thread_pool") ||
                          llvm::StringRef(Name).ends_with("system_executor"));
}

/// How a call hands on its callable argument: Thread, Posted or Callback (handoffKind).
static EdgeKind handoffOf(const CallExpr *C) {
  const FunctionDecl *FD = C->getDirectCallee();
  if (!FD)
    return EdgeKind::Callback;
  std::string Name = qualifiedName(FD);
  if (std::find(std::begin(ThreadFunctions), std::end(ThreadFunctions), Name) !=
      std::end(ThreadFunctions))
    return EdgeKind::Thread;
  llvm::StringRef Short = FD->getIdentifier() ? FD->getName() : "";
  bool Posts = inAsio(Name) && std::find(std::begin(PostFunctions), std::end(PostFunctions),
                                         Short) != std::end(PostFunctions);
  const auto *MC = dyn_cast<CXXMemberCallExpr>(C);
  if (Posts) {
    // The executor: the object a method is called on; the first of a free function's two
    // arguments, none (the system executor) when it has only the callable.
    QualType Executor = MC ? MC->getObjectType()
                           : C->getNumArgs() > 1 ? C->getArg(0)->getType() : QualType();
    return Executor.isNull() || isThreadPool(Executor) ? EdgeKind::Thread : EdgeKind::Posted;
  }
  if (!MC || !isContainerInsert(FD))
    return EdgeKind::Callback;
  QualType Element = firstTypeArgument(MC->getObjectType());
  return !Element.isNull() && isThreadClass(Element->getAsCXXRecordDecl()) ? EdgeKind::Thread
                                                                           : EdgeKind::Callback;
}

EdgeKind handoffKind(const Expr *E, ASTContext &Ctx) {
  DynTypedNode N = DynTypedNode::create(*E);
  // Up through the conversions and temporaries around an argument to the call it is in.
  for (unsigned Hops = 0; Hops < 6; ++Hops) {
    auto Parents = Ctx.getParents(N);
    if (Parents.empty())
      return EdgeKind::Callback;
    N = Parents[0];
    if (const auto *C = N.get<CXXConstructExpr>())
      return isThreadClass(C->getConstructor()->getParent()) ? EdgeKind::Thread
                                                             : EdgeKind::Callback;
    if (const auto *C = N.get<CallExpr>())
      return handoffOf(C);
    if (!N.get<Expr>())
      return EdgeKind::Callback;
  }
  return EdgeKind::Callback;
}

/// The template argument a function template's instance returns an object of: its
/// pattern returns `T *`, `std::shared_ptr<T>` or `std::unique_ptr<T>` for one of its own
/// type parameters T. Null otherwise.
static const CXXRecordDecl *returnedArgument(const FunctionDecl *FD) {
  const FunctionDecl *P = FD->getTemplateInstantiationPattern();
  const FunctionTemplateDecl *T = P ? P->getDescribedFunctionTemplate() : nullptr;
  const auto *Args = FD->getTemplateSpecializationArgs();
  if (!T || !Args)
    return nullptr;
  QualType R = P->getReturnType();
  if (R->isPointerType())
    R = R->getPointeeType();
  else if (const auto *Spec = R->getAs<TemplateSpecializationType>()) {
    const TemplateDecl *Held = Spec->getTemplateName().getAsTemplateDecl();
    std::string Name = Held ? qualifiedName(Held) : "";
    if ((Name != "std::shared_ptr" && Name != "std::unique_ptr") ||
        Spec->template_arguments().empty() ||
        Spec->template_arguments()[0].getKind() != TemplateArgument::Type)
      return nullptr;
    R = Spec->template_arguments()[0].getAsType();
  }
  const auto *Parm = R->getAs<TemplateTypeParmType>();
  if (!Parm || Parm->getDepth() != T->getTemplateParameters()->getDepth() ||
      Parm->getIndex() >= Args->size() ||
      Args->get(Parm->getIndex()).getKind() != TemplateArgument::Type)
    return nullptr;
  return Args->get(Parm->getIndex()).getAsType()->getAsCXXRecordDecl();
}

const CXXRecordDecl *userFactoryRecord(const FunctionDecl *FD) {
  if (!FD || FD->getTemplatedKind() != FunctionDecl::TK_FunctionTemplateSpecialization ||
      !FD->getBody())
    return nullptr;
  const CXXRecordDecl *RD = returnedArgument(FD);
  if (!RD)
    return nullptr;
  // It makes one (not a lookup that returns an object kept elsewhere).
  for (const auto &B : match(findAll(cxxConstructExpr().bind("c")), *FD->getBody(),
                             FD->getASTContext()))
    if (B.getNodeAs<CXXConstructExpr>("c")->getConstructor()->getParent()->getCanonicalDecl() ==
        RD->getCanonicalDecl())
      return RD;
  return nullptr;
}

const CXXRecordDecl *factoryRecord(const FunctionDecl *FD) {
  std::string Name = FD ? qualifiedName(FD) : "";
  if (std::find(std::begin(FactoryFunctions), std::end(FactoryFunctions), Name) ==
      std::end(FactoryFunctions))
    return userFactoryRecord(FD);
  const auto *Args = FD->getTemplateSpecializationArgs();
  if (!Args || Args->size() == 0 || Args->get(0).getKind() != TemplateArgument::Type)
    return nullptr;
  return Args->get(0).getAsType()->getAsCXXRecordDecl();
}

std::string functionName(const Decl *D) {
  if (!D)
    return "";
  // Name a lambda or a block after the function it is written in.
  const DeclContext *Outer = nullptr;
  const char *Suffix = "";
  if (const auto *MD = dyn_cast<CXXMethodDecl>(D); MD && MD->getParent()->isLambda()) {
    Outer = MD->getParent()->getDeclContext();
    Suffix = "(lambda)";
  } else if (const auto *B = dyn_cast<BlockDecl>(D)) {
    Outer = B->getParent();
    Suffix = "(block)";
  }
  if (*Suffix) {
    while (Outer && !isa<FunctionDecl>(Outer) && !isa<ObjCMethodDecl>(Outer) &&
           !isa<BlockDecl>(Outer))
      Outer = Outer->getParent();
    return Outer ? functionName(Decl::castFromDeclContext(Outer)) + "::" + Suffix : Suffix;
  }
  // An Objective-C method as the language writes it: -[Class selector].
  if (const auto *OM = dyn_cast<ObjCMethodDecl>(D)) {
    const ObjCInterfaceDecl *I = OM->getClassInterface();
    return std::string(OM->isInstanceMethod() ? "-[" : "+[") +
           (I ? I->getName().str() : std::string("?")) + " " + OM->getSelector().getAsString() +
           "]";
  }
  return qualifiedName(dyn_cast<NamedDecl>(D));
}

bool isSmartPointer(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  std::string N = RD ? recordTemplateName(RD) : "";
  return N == "std::shared_ptr" || N == "std::unique_ptr" || N == "std::weak_ptr";
}

bool isSharedPointer(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return RD && recordTemplateName(RD) == "std::shared_ptr";
}

bool isHandle(QualType T) {
  return T->isReferenceType() || T->isPointerType() || T->isObjCObjectPointerType() ||
         isSmartPointer(T);
}

bool isStringLike(QualType T) {
  T = T.getNonReferenceType().getCanonicalType();
  // NSString, NSURL, NSURLRequest and their mutable kin.
  if (const auto *P = T->getAs<ObjCObjectPointerType>()) {
    const ObjCInterfaceDecl *I = P->getInterfaceDecl();
    llvm::StringRef N = I ? I->getName() : "";
    return N.ends_with("String") || N.ends_with("URL") || N.ends_with("URLRequest");
  }
  if (const auto *PT = T->getAs<PointerType>())
    return PT->getPointeeType()->isAnyCharacterType();
  if (T->isArrayType())
    return T->getArrayElementTypeNoTypeQual()->isAnyCharacterType();
  if (const auto *RD = T->getAsCXXRecordDecl()) {
    std::string N = llvm::StringRef(recordTemplateName(RD)).lower();
    // A request made from a URL (QNetworkRequest): its URL.
    return llvm::StringRef(N).contains("string") || llvm::StringRef(N).ends_with("url") ||
           llvm::StringRef(N).ends_with("uri") || N == "qnetworkrequest";
  }
  return false;
}

const CXXRecordDecl *pointeeRecord(QualType T) {
  T = T.getNonReferenceType();
  if (const auto *PT = T->getAs<PointerType>())
    T = PT->getPointeeType();
  return T->getAsCXXRecordDecl();
}

bool recordIsOrDerivesFrom(QualType T, const std::vector<std::string> &Names) {
  return findInRecordOrBases<bool>(pointeeRecord(T), [&](const CXXRecordDecl *RD) {
    return std::find(Names.begin(), Names.end(), recordTemplateName(RD)) != Names.end();
  });
}

const ObjCInterfaceDecl *objcInterfaceOf(QualType T) {
  if (T.isNull())
    return nullptr;
  if (const auto *P = T->getAs<ObjCObjectPointerType>())
    return P->getInterfaceDecl();
  if (const auto *O = T->getAs<ObjCObjectType>())
    return O->getInterface();
  return nullptr;
}

std::string typeName(QualType T) {
  if (const ObjCInterfaceDecl *I = objcInterfaceOf(T))
    return I->getName().str();
  const CXXRecordDecl *RD = pointeeRecord(T);
  return RD ? recordTemplateName(RD) : "";
}

bool typeIsOrDerivesFrom(QualType T, const std::vector<std::string> &Names) {
  for (const ObjCInterfaceDecl *I = objcInterfaceOf(T); I; I = I->getSuperClass())
    if (std::find(Names.begin(), Names.end(), I->getName()) != Names.end())
      return true;
  return recordIsOrDerivesFrom(T, Names);
}

const NamedDecl *objcStorage(const ObjCIvarDecl *Ivar) {
  const ObjCInterfaceDecl *I = Ivar->getContainingInterface();
  if (const ObjCImplementationDecl *Impl = I ? I->getImplementation() : nullptr)
    if (const ObjCPropertyImplDecl *PI = Impl->FindPropertyImplIvarDecl(Ivar->getIdentifier()))
      if (const ObjCPropertyDecl *P = PI->getPropertyDecl())
        return P;
  return Ivar;
}

const NamedDecl *objcStorageOf(const Expr *E) {
  E = peel(E);
  if (const auto *IV = dyn_cast_or_null<ObjCIvarRefExpr>(E))
    return objcStorage(IV->getDecl());
  if (const auto *PR = dyn_cast_or_null<ObjCPropertyRefExpr>(E); PR && PR->isExplicitProperty())
    return PR->getExplicitProperty();
  return nullptr;
}

bool makesObjCObject(const ObjCMessageExpr *M) {
  std::string Sel = M->getSelector().getAsString();
  return M->getReceiverKind() == ObjCMessageExpr::Class && (Sel == "alloc" || Sel == "new");
}

Made madeByItsClass(const ObjCIvarDecl *Iv, ASTContext &Ctx) {
  if (!Iv->getType()->isObjCObjectPointerType())
    return Made::No;
  Qualifiers::ObjCLifetime Life = Iv->getType().getObjCLifetime();
  if (Life == Qualifiers::OCL_Weak || Life == Qualifiers::OCL_ExplicitNone)
    return Made::No;
  const ObjCInterfaceDecl *Class = Iv->getContainingInterface();
  const ObjCImplementationDecl *Impl = Class ? Class->getImplementation() : nullptr;
  if (!Impl)
    return Made::Unknown;
  // Made here: `[X alloc]` or `[X new]` at the bottom of the value assigned to it.
  auto MadeHere = [](const Expr *E) {
    for (const auto *M = dyn_cast_or_null<ObjCMessageExpr>(peel(E)); M;
         M = M->getReceiverKind() == ObjCMessageExpr::Instance
                 ? dyn_cast_or_null<ObjCMessageExpr>(peel(M->getInstanceReceiver()))
                 : nullptr)
      if (makesObjCObject(M))
        return true;
    return false;
  };
  bool Assigned = false;
  for (const ObjCMethodDecl *M : Impl->methods())
    if (const Stmt *Body = M->getBody())
      for (const auto &B :
           match(findAll(binaryOperator(isAssignmentOperator()).bind("a")), *Body, Ctx)) {
        const auto *A = B.getNodeAs<BinaryOperator>("a");
        const Expr *LHS = peel(A->getLHS());
        const ObjCIvarDecl *Into = nullptr;
        if (const auto *IR = dyn_cast<ObjCIvarRefExpr>(LHS))
          Into = IR->getDecl();
        else if (const auto *PR = dyn_cast<ObjCPropertyRefExpr>(LHS);
                 PR && PR->isExplicitProperty())
          Into = PR->getExplicitProperty()->getPropertyIvarDecl();
        if (Into != Iv)
          continue;
        if (MadeHere(A->getRHS()))
          return Made::Yes;
        Assigned = true;
      }
  return Assigned ? Made::No : Made::Unknown;
}

const ObjCInterfaceDecl *objcOwner(const NamedDecl *D) {
  const DeclContext *DC = D->getDeclContext();
  if (const auto *I = dyn_cast<ObjCInterfaceDecl>(DC))
    return I;
  if (const auto *C = dyn_cast<ObjCCategoryDecl>(DC))
    return C->getClassInterface();
  if (const auto *Impl = dyn_cast<ObjCImplDecl>(DC))
    return Impl->getClassInterface();
  return nullptr;
}

Slot temporarySlot() {
  Slot S;
  S.Kind = SlotKind::Temporary;
  S.Name = "(temporary)";
  return S;
}

/// The period of a std::chrono::duration type in seconds (its std::ratio<N, D>).
static std::optional<double> chronoPeriod(QualType T) {
  const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(RD);
  if (!Spec || !llvm::StringRef(qualifiedName(Spec)).ends_with("chrono::duration") ||
      Spec->getTemplateArgs().size() < 2)
    return std::nullopt;
  const TemplateArgument &Period = Spec->getTemplateArgs()[1];
  if (Period.getKind() != TemplateArgument::Type)
    return std::nullopt;
  const auto *Ratio = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      Period.getAsType()->getAsCXXRecordDecl());
  if (!Ratio || Ratio->getTemplateArgs().size() < 2 ||
      Ratio->getTemplateArgs()[0].getKind() != TemplateArgument::Integral ||
      Ratio->getTemplateArgs()[1].getKind() != TemplateArgument::Integral)
    return std::nullopt;
  double Num = Ratio->getTemplateArgs()[0].getAsIntegral().getSExtValue();
  double Den = Ratio->getTemplateArgs()[1].getAsIntegral().getSExtValue();
  return Den > 0 ? std::optional<double>(Num / Den) : std::nullopt;
}

static std::optional<double> numberOf(const APValue &V) {
  if (V.isInt())
    return static_cast<double>(V.getInt().getSExtValue());
  if (V.isFloat())
    return V.getFloat().convertToDouble();
  return std::nullopt;
}

static bool evaluable(const Expr *E) {
  return E && !E->isValueDependent() && !E->isTypeDependent() && !E->containsErrors();
}

/// A constant number: an integer or a floating-point value.
static std::optional<double> constantNumber(const Expr *E, ASTContext &Ctx) {
  Expr::EvalResult R;
  if (!evaluable(E) || !E->EvaluateAsRValue(R, Ctx))
    return std::nullopt;
  return numberOf(R.Val);
}

/// The count of a constant std::chrono::duration object (`3ms`, a constexpr duration): the
/// value of its one data member, read from the evaluated object.
static std::optional<double> durationCount(const Expr *E, ASTContext &Ctx) {
  Expr::EvalResult R;
  if (!evaluable(E) || !E->EvaluateAsRValue(R, Ctx) || !R.Val.isStruct() ||
      R.Val.getStructNumBases() != 0 || R.Val.getStructNumFields() != 1)
    return std::nullopt;
  return numberOf(R.Val.getStructField(0));
}

std::optional<double> durationSeconds(const Expr *E, double Unit, ASTContext &Ctx) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = peel(E); // temporaries, casts, and a duration converted from another
    std::optional<double> Count, Period = chronoPeriod(E->getType());
    if (Period) {
      if (const auto *U = dyn_cast<UserDefinedLiteral>(E)) {
        // libstdc++ spells integer literals (`3ms`, `5s`) as literal operator templates:
        // they have no cooked argument, so the duration they make is read instead.
        auto Kind = U->getLiteralOperatorKind();
        Count = Kind == UserDefinedLiteral::LOK_Template || Kind == UserDefinedLiteral::LOK_Raw
                    ? durationCount(U, Ctx)
                    : constantNumber(U->getCookedLiteral(), Ctx);
      } else if (const auto *C = dyn_cast<CXXConstructExpr>(E); C && C->getNumArgs() >= 1) {
        // Converted from another duration (seconds to duration<double>): that one's count.
        if (chronoPeriod(C->getArg(0)->getType())) {
          E = C->getArg(0);
          continue;
        }
        Count = constantNumber(C->getArg(0), Ctx);
      } else {
        Count = durationCount(E, Ctx); // a constexpr duration named by a variable
      }
    } else if (Unit > 0) {
      Count = constantNumber(E, Ctx);
      Period = Unit;
    }
    if (!Count || !Period || *Count <= 0)
      return std::nullopt;
    return *Count * *Period;
  }
  return std::nullopt;
}

} // namespace extract
} // namespace wslint
