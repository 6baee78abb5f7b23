// SPDX-License-Identifier: Apache-2.0
//
// How a rules file becomes facts
// ------------------------------
// Every call name a rules file mentions (open calls, heartbeat options, asynchronous reads,
// heartbeat switches) goes into one of two matchers: member calls by method name, free
// calls by qualified function name. When a call matches, the object's type (for methods) or
// the function (for free calls) picks the library and the role the call plays. The slot is
// found by peeling the object expression down to the field or variable that holds it.
// Nothing here names a library: adding one is adding a rules file.
#include "Extractor.h"
#include "../core/Support.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ParentMapContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/SmallString.h"

#include <functional>
#include <map>
#include <set>

using namespace clang;
using namespace clang::ast_matchers;

namespace wslint {
namespace {

bool isEntryPoint(const FunctionDecl *FD) {
  return FD->isMain() || (FD->getIdentifier() && (FD->getName() == "WinMain" ||
                                                  FD->getName() == "wWinMain"));
}

std::string usrOf(const Decl *D) {
  llvm::SmallString<128> Buf;
  if (!D || index::generateUSRForDecl(D, Buf))
    return "";
  // Two lambdas of one function with the same signature get the same USR: tell them apart
  // by where they are written (test-inputs/websocketpp-reconnect-no-delay).
  if (const auto *MD = dyn_cast<CXXMethodDecl>(D); MD && MD->getParent()->isLambda()) {
    const SourceManager &SM = D->getASTContext().getSourceManager();
    PresumedLoc P = SM.getPresumedLoc(SM.getFileLoc(MD->getParent()->getLocation()));
    if (P.isValid())
      Buf += "@" + std::to_string(P.getLine()) + ":" + std::to_string(P.getColumn());
  }
  // Every program has its own main: the USR alone would merge all of them into one.
  if (const auto *FD = dyn_cast<FunctionDecl>(D); FD && isEntryPoint(FD)) {
    const SourceManager &SM = D->getASTContext().getSourceManager();
    Buf += "@";
    Buf += SM.getFilename(SM.getFileLoc(D->getLocation()));
  }
  return std::string(Buf);
}

/// Qualified name without a leading "::", template arguments left out.
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

/// The name of a record, or of the template it specialises.
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

/// Which code is the user's: the main file, and files under the project root that are not
/// system headers. Everything else — system headers, and third-party headers reached with
/// -I from outside the project (Qt's, typically) — is library code: never a site, never a
/// node of the user's call graph, and its function bodies are not even parsed.
class CodeOwnership {
public:
  CodeOwnership(const SourceManager &SM, std::string Root, std::vector<std::string> Library)
      : SM(SM), Root(std::move(Root)), Library(std::move(Library)) {
    if (!this->Root.empty() && this->Root.back() != '/')
      this->Root += '/';
  }

  bool isLibrary(SourceLocation L) const {
    if (L.isInvalid())
      return false;
    L = SM.getFileLoc(L);
    if (SM.isInSystemHeader(L))
      return true;
    FileID F = SM.getFileID(L);
    if (F == SM.getMainFileID() && Library.empty())
      return false;
    auto It = Cache.find(F);
    if (It != Cache.end())
      return It->second;
    bool Lib = true;
    if (auto Entry = SM.getFileEntryRefForID(F)) {
      std::string Path = absolutePath(std::string(Entry->getName()));
      bool InRoot = llvm::StringRef(Path).starts_with(Root);
      bool Vendored = InRoot && !Library.empty() &&
                      matchesAnyGlob(Library, Path.substr(Root.size()));
      // The main file is the user's unless the config says it is a library's.
      Lib = F == SM.getMainFileID() ? Vendored : !InRoot || Vendored;
    }
    Cache[F] = Lib;
    return Lib;
  }

private:
  const SourceManager &SM;
  std::string Root;
  std::vector<std::string> Library;
  mutable llvm::DenseMap<FileID, bool> Cache;
};

/// The standard library's factories: they construct their template argument from the
/// arguments they are given (a socket made by one, a class instantiated per item).
constexpr llvm::StringLiteral FactoryFunctions[] = {"std::make_shared", "std::make_unique",
                                                    "std::allocate_shared"};

/// Per-TU state shared by the match callback and the graph visitor.
class Collector : public MatchFinder::MatchCallback {
public:
  Collector(const RuleSet &Rules, const ExtractOptions &Opts, TUFacts &Out)
      : Rules(Rules), Opts(Opts), Out(Out) {
    for (const auto &L : Rules.Libraries) {
      for (const auto &T : L.SocketTypes)
        TypeToLibrary.emplace(T, &L);
      for (const CallPattern *P : patternsOf(L)) {
        MethodNames.insert(P->Methods.begin(), P->Methods.end());
        FunctionNames.insert(P->Functions.begin(), P->Functions.end());
        if (P->Constructor)
          ConstructedTypes.insert(L.SocketTypes.begin(), L.SocketTypes.end());
      }
    }
  }

  /// Every call pattern a library's rules name, whatever its role.
  static std::vector<const CallPattern *> patternsOf(const LibraryRules &L) {
    std::vector<const CallPattern *> Out;
    for (const auto &O : L.OpenCalls)
      Out.push_back(&O.Call);
    for (const auto &H : L.Heartbeats)
      Out.push_back(&H.Call);
    for (const auto &P : L.Pings)
      Out.push_back(&P);
    for (const auto &P : L.Sends)
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
    if (!Methods.empty())
      Finder.addMatcher(
          cxxMemberCallExpr(callee(cxxMethodDecl(hasAnyName(Methods)))).bind("mcall"),
          this);
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
    Finder.addMatcher(
        binaryOperator(isAssignmentOperator(), hasLHS(Assigned), hasRHS(expr().bind("rhs")))
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
      if (const auto *B = dyn_cast<BinaryOperator>(A))
        Op = B->getOpcodeStr().str();
      else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(A))
        Op = getOperatorSpelling(OC->getOperator());
      Assignments[R.Nodes.getNodeAs<ValueDecl>("var")].emplace_back(
          Op, R.Nodes.getNodeAs<Expr>("rhs"));
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

private:
  const RuleSet &Rules;
  const ExtractOptions &Opts;
  TUFacts &Out;
  ASTContext *Ctx = nullptr;
  std::map<std::string, const LibraryRules *> TypeToLibrary;
  std::set<std::string> MethodNames, FunctionNames, ConstructedTypes;
  std::vector<std::string> QualifiedNames;
  std::set<std::pair<SourceLoc, std::string>> SeenSites, SeenEvidence;

  // --- locations -------------------------------------------------------------------

  SourceLoc loc(SourceLocation L) const {
    const SourceManager &SM = Ctx->getSourceManager();
    SourceLocation F = SM.getFileLoc(L);
    PresumedLoc P = SM.getPresumedLoc(F);
    if (P.isInvalid())
      return {};
    return {relativeTo(P.getFilename(), Opts.Root), P.getLine(), P.getColumn()};
  }

public:
  bool isLibraryCode(SourceLocation L) const { return Owner->isLibrary(L); }
  void setOwnership(const CodeOwnership &O) { Owner = &O; }

private:
  const CodeOwnership *Owner = nullptr;

  // --- context of a node -----------------------------------------------------------

  struct Context {
    const FunctionDecl *Function = nullptr;
    const Stmt *InnermostLoop = nullptr;
    /// An `if`, `switch` or `?:` lies between the node and its innermost loop: the node
    /// does not run on every round.
    bool ConditionalInLoop = false;
    /// Conditions the node runs under in its function, innermost first: the condition of
    /// each `if` or `?:` whose branch holds it, and of each `switch` whose body does.
    llvm::SmallVector<const Expr *, 2> Conditions;
    unsigned LoopDepth = 0;
    bool InnermostLoopIsRangeFor = false;
    bool InnermostLoopRunsOnce = false;
  };

  /// Does the loop provably run at most once? for (i = A; i < B; ++i) with B - A <= 1, and
  /// do … while (false) (test-inputs/fanout-loop-runs-once).
  bool runsOnce(const Stmt *Loop) const {
    if (const auto *D = dyn_cast<DoStmt>(Loop)) {
      bool Value = true;
      return D->getCond()->EvaluateAsBooleanCondition(Value, *Ctx) && !Value;
    }
    const auto *F = dyn_cast<ForStmt>(Loop);
    if (!F || !F->getInit() || !F->getCond() || !F->getInc())
      return false;
    const auto *DS = dyn_cast<DeclStmt>(F->getInit());
    const auto *V = DS && DS->isSingleDecl() ? dyn_cast<VarDecl>(DS->getSingleDecl()) : nullptr;
    const auto *Cond = dyn_cast<BinaryOperator>(F->getCond()->IgnoreParenImpCasts());
    const auto *Inc = dyn_cast<UnaryOperator>(F->getInc()->IgnoreParenImpCasts());
    if (!V || !V->getInit() || !Cond || !Inc || !Inc->isIncrementOp())
      return false;
    auto IsV = [&](const Expr *E) {
      const auto *R = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
      return R && R->getDecl() == V;
    };
    Expr::EvalResult A, B;
    if (!IsV(Inc->getSubExpr()) || !IsV(Cond->getLHS()) ||
        !V->getInit()->EvaluateAsInt(A, *Ctx) || !Cond->getRHS()->EvaluateAsInt(B, *Ctx))
      return false;
    int64_t Trips = B.Val.getInt().getExtValue() - A.Val.getInt().getExtValue();
    if (Cond->getOpcode() == BO_LE)
      ++Trips;
    else if (Cond->getOpcode() != BO_LT && Cond->getOpcode() != BO_NE)
      return false;
    return Trips <= 1;
  }

  /// The function whose body holds the node (a lambda's call operator for code inside a
  /// lambda) and how many loops of that function surround it.
  Context contextOf(DynTypedNode N) const {
    Context C;
    while (true) {
      auto Parents = Ctx->getParents(N);
      if (Parents.empty())
        return C;
      const Stmt *From = N.get<Stmt>();
      N = Parents[0];
      if (const auto *If = N.get<IfStmt>(); If && If->getCond() != From)
        C.Conditions.push_back(If->getCond());
      else if (const auto *CO = N.get<ConditionalOperator>(); CO && CO->getCond() != From)
        C.Conditions.push_back(CO->getCond());
      else if (const auto *SW = N.get<SwitchStmt>(); SW && SW->getCond() != From)
        C.Conditions.push_back(SW->getCond());
      if (C.LoopDepth == 0 &&
          (N.get<IfStmt>() || N.get<SwitchStmt>() || N.get<ConditionalOperator>()))
        C.ConditionalInLoop = true;
      if (N.get<ForStmt>() || N.get<WhileStmt>() || N.get<DoStmt>() ||
          N.get<CXXForRangeStmt>()) {
        if (C.LoopDepth++ == 0) {
          C.InnermostLoop = N.get<Stmt>();
          C.InnermostLoopIsRangeFor = N.get<CXXForRangeStmt>() != nullptr;
          C.InnermostLoopRunsOnce = runsOnce(N.get<Stmt>());
        }
      }
      if (const auto *L = N.get<LambdaExpr>()) {
        C.Function = L->getCallOperator();
        return C;
      }
      if (const auto *FD = N.get<FunctionDecl>()) {
        C.Function = FD;
        return C;
      }
    }
  }

  // --- types and slots -------------------------------------------------------------

  /// The library whose socket type T is (or derives from), if any.
  const LibraryRules *libraryOfType(QualType T) const {
    T = T.getNonReferenceType();
    if (const auto *PT = T->getAs<PointerType>())
      T = PT->getPointeeType();
    const auto *RD = T->getAsCXXRecordDecl();
    if (!RD)
      return nullptr;
    if (const auto *L = libraryOfRecord(RD))
      return L;
    return nullptr;
  }

  /// `socket.accessor()` for an accessor its library's rules list (Drogon's getConnection).
  bool isAccessorCall(const CXXMemberCallExpr *MC) const {
    const CXXMethodDecl *M = MC->getMethodDecl();
    if (!M || !M->getIdentifier() || !MC->getImplicitObjectArgument())
      return false;
    const LibraryRules *L = libraryOfType(MC->getImplicitObjectArgument()->getType());
    return L && std::find(L->Accessors.begin(), L->Accessors.end(), M->getName()) !=
                    L->Accessors.end();
  }

  /// The library of a parameter type that holds a socket: a reference or pointer to one,
  /// or a smart pointer to one (Drogon hands callbacks a `const WebSocketClientPtr &`).
  const LibraryRules *libraryOfHolder(QualType T) const {
    T = T.getNonReferenceType();
    if (const auto *TS = T->getAs<TemplateSpecializationType>()) {
      if (isSmartPointer(T) && !TS->template_arguments().empty() &&
          TS->template_arguments()[0].getKind() == TemplateArgument::Type)
        return libraryOfType(TS->template_arguments()[0].getAsType());
    }
    return libraryOfType(T);
  }

  const LibraryRules *libraryOfRecord(const CXXRecordDecl *RD) const {
    auto It = TypeToLibrary.find(recordTemplateName(RD));
    if (It != TypeToLibrary.end())
      return It->second;
    if (!RD->hasDefinition())
      return nullptr;
    for (const auto &Base : RD->getDefinition()->bases())
      if (const auto *BRD = Base.getType()->getAsCXXRecordDecl())
        if (const auto *L = libraryOfRecord(BRD))
          return L;
    return nullptr;
  }

  /// Peels an object expression down to the field or variable holding the socket.
  /// References, pointers and shared pointers copied into locals are followed to what
  /// they were bound to (aliasedSlot); Depth bounds that.
  Slot slotOf(const Expr *E, const Context &Where, unsigned Depth = 0) const {
    Slot S;
    bool Element = false;
    while (E) {
      E = peel(E);
      if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
        OverloadedOperatorKind K = Op->getOperator();
        if (K == OO_Arrow || K == OO_Star) {
          E = Op->getArg(0);
          continue;
        }
        if (K == OO_Subscript) {
          Element = true;
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
      if (const auto *A = dyn_cast<ArraySubscriptExpr>(E)) {
        Element = true;
        E = A->getBase();
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
        if (Name == "back" || Name == "front" || Name == "at") {
          Element = true;
          E = MC->getImplicitObjectArgument();
          continue;
        }
        if (isAccessorCall(MC)) {
          E = MC->getImplicitObjectArgument();
          continue;
        }
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
      if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl()))
        S = slotForDecl(FD, SlotKind::Field, Where);
    } else if (const auto *DR = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *VD = dyn_cast<VarDecl>(DR->getDecl())) {
        if (auto Aliased = aliasedSlot(VD, Where, Depth)) {
          if (Element)
            Aliased->Kind = SlotKind::Element;
          return *Aliased;
        }
        S = slotForDecl(VD, varKind(VD), Where);
      }
    } else if (isa<CXXThisExpr>(E)) {
      // A class deriving from the socket type opens itself.
      if (const auto *RD = E->getType()->getPointeeCXXRecordDecl()) {
        S = slotForDecl(RD, SlotKind::Field, Where);
        S.Name += " (this)";
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

  /// A user function (not library code) returning a reference, pointer or smart pointer to
  /// a socket: calls on what it returns act on the slot it hands back.
  bool isGetterLike(const FunctionDecl *FD) const {
    if (isLibraryCode(FD->getLocation()) || isa<CXXConstructorDecl>(FD))
      return false;
    QualType R = FD->getReturnType();
    return isHandle(R) && libraryOfHolder(R) != nullptr;
  }

  /// A type through which code reaches an object held elsewhere: a reference, a pointer, a
  /// smart pointer.
  static bool isHandle(QualType T) {
    return T->isReferenceType() || T->isPointerType() || isSmartPointer(T);
  }

  /// The slots a getter hands back: what its return statements name, when that outlives
  /// the call (a field, a global, a parameter, an element, another getter's slot).
  std::vector<Slot> heldReturnSlots(const FunctionDecl *FD, unsigned Depth = 0) const {
    auto It = HeldReturns.find(FD);
    if (It != HeldReturns.end())
      return It->second;
    HeldReturns[FD] = {}; // recursion guard
    std::vector<Slot> Out;
    if (FD->hasBody()) {
      Context Where;
      Where.Function = FD;
      for (const auto &B : match(findAll(returnStmt(unless(hasAncestor(lambdaExpr())))
                                             .bind("ret")),
                                 *FD->getBody(), *Ctx)) {
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
  mutable llvm::DenseMap<const FunctionDecl *, std::vector<Slot>> HeldReturns;

  static bool isSmartPointer(QualType T) {
    const auto *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
    std::string N = RD ? recordTemplateName(RD) : "";
    return N == "std::shared_ptr" || N == "std::unique_ptr" || N == "std::weak_ptr";
  }

  static Slot getterSlot(const FunctionDecl *FD) {
    Slot S;
    S.USR = getterKey(FD);
    S.Kind = SlotKind::Returned;
    S.Name = functionName(FD) + "()";
    return S;
  }

  static std::string getterKey(const FunctionDecl *FD) {
    return GetterKeyPrefix + usrOf(FD->getCanonicalDecl());
  }

  /// The slot a local stands for when it is another name for a socket held elsewhere: a
  /// reference bound to it, a pointer or shared pointer copied from it and never
  /// reassigned, or a range-for variable over a container of sockets (an element of it).
  /// nullopt when the local holds a socket of its own
  /// (test-inputs/identity-aliases-and-getters).
  std::optional<Slot> aliasedSlot(const VarDecl *VD, const Context &Where,
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
    if (!Init || !isHandle(VD->getType()))
      return std::nullopt;
    if (!Reference && isReassigned(VD))
      return std::nullopt;
    Slot S = slotOf(Init, Where, Depth + 1);
    if (S.Kind == SlotKind::Temporary)
      return std::nullopt;
    return S;
  }

  /// The range-for statement whose loop variable VD is, if any.
  const Stmt *rangeForOf(const VarDecl *VD) const {
    for (const auto &P : Ctx->getParents(*VD))
      if (const auto *DS = P.get<DeclStmt>())
        for (const auto &PP : Ctx->getParents(*DS))
          if (const auto *RF = PP.get<CXXForRangeStmt>(); RF && RF->getLoopVariable() == VD)
            return RF;
    return nullptr;
  }

  /// Is the local assigned again, reset, swapped, appended to, or its address taken,
  /// somewhere in its function?
  bool isReassigned(const VarDecl *VD) const {
    auto It = Reassigned.find(VD);
    if (It != Reassigned.end())
      return It->second;
    bool Result = true; // no body to look at: assume the worst
    const auto *FD = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
    if (FD && FD->hasBody()) {
      auto Ref = ignoringParenImpCasts(declRefExpr(to(varDecl(equalsNode(VD)))));
      Result = !match(findAll(stmt(anyOf(
                          binaryOperator(isAssignmentOperator(), hasLHS(Ref)),
                          cxxOperatorCallExpr(hasAnyOverloadedOperatorName("=", "+="),
                                              hasArgument(0, Ref)),
                          cxxMemberCallExpr(on(Ref), callee(cxxMethodDecl(hasAnyName(
                                                         "reset", "swap", "append", "assign",
                                                         "insert", "replace", "clear")))),
                          unaryOperator(hasOperatorName("&"), hasUnaryOperand(Ref))))),
                      *FD->getBody(), *Ctx)
                     .empty();
    }
    Reassigned[VD] = Result;
    return Result;
  }
  mutable llvm::DenseMap<const VarDecl *, bool> Reassigned;

  static std::string functionName(const FunctionDecl *FD) {
    if (!FD)
      return "";
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD); MD && MD->getParent()->isLambda()) {
      // Name a lambda after the function it is written in.
      const DeclContext *DC = MD->getParent()->getDeclContext();
      while (DC && !isa<FunctionDecl>(DC))
        DC = DC->getParent();
      return DC ? functionName(cast<FunctionDecl>(DC)) + "::(lambda)" : "(lambda)";
    }
    return qualifiedName(FD);
  }

  // --- values ----------------------------------------------------------------------

  /// A string as the code builds it: literal parts kept, parts it cannot know written "…".
  struct BuiltString {
    std::string Text;
    bool Complete = true; ///< no unknown part
    bool Known = false;   ///< at least one literal part
    void gap() {
      Complete = false;
      if (!llvm::StringRef(Text).ends_with("…"))
        Text += "…";
    }
    void append(const BuiltString &B) {
      for (llvm::StringRef T = B.Text; !T.empty();) {
        if (T.consume_front("…")) {
          gap();
          continue;
        }
        size_t Gap = T.find("…");
        Text += T.take_front(Gap).str();
        T = T.drop_front(std::min(Gap, T.size()));
      }
      Complete = Complete && B.Complete;
      Known = Known || B.Known;
    }
  };

  /// Follows a string-like expression through literals, named constants, locals assigned
  /// once, concatenation (`std::string`, `QString`), `std::to_string(constant)` and the
  /// usual accessors (`c_str()`, `toString()`), so that `"wss://" + host + "/v1?token=" +
  /// token` reads "wss://…/v1?token=…" (test-inputs/endpoint-built-from-parts).
  BuiltString builtString(const Expr *E, unsigned Depth = 0) const {
    BuiltString R;
    if (!E || Depth > 8) {
      R.gap();
      return R;
    }
    E = peel(E);
    if (const auto *SL = dyn_cast<StringLiteral>(E); SL && SL->getCharByteWidth() == 1) {
      R.Text = SL->getString().str();
      R.Known = true;
      return R;
    }
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && CE->getNumArgs() >= 1)
      // std::string("…"), string_view("…"), QString("…"), QUrl("…"): the first argument.
      return builtString(CE->getArg(0), Depth + 1);
    if (const auto *DR = dyn_cast<DeclRefExpr>(E)) {
      // A named constant, or a local given its value once and never changed.
      const auto *VD = dyn_cast<VarDecl>(DR->getDecl());
      if (VD && VD->getInit() &&
          (VD->getType().isConstQualified() ||
           (VD->isLocalVarDecl() && !isa<ParmVarDecl>(VD) && !isReassigned(VD))))
        return builtString(VD->getInit(), Depth + 1);
    } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      if (const auto *M = MC->getMethodDecl(); M && M->getIdentifier() &&
          llvm::is_contained({"c_str", "data", "toString", "toStdString", "str"}, M->getName()))
        return builtString(MC->getImplicitObjectArgument(), Depth + 1);
    } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
               Op && Op->getOperator() == OO_Plus && Op->getNumArgs() == 2) {
      R = builtString(Op->getArg(0), Depth + 1);
      R.append(builtString(Op->getArg(1), Depth + 1));
      return R;
    } else if (const auto *Call = dyn_cast<CallExpr>(E); Call && Call->getNumArgs() == 1) {
      const FunctionDecl *FD = Call->getDirectCallee();
      Expr::EvalResult V;
      if (FD && qualifiedName(FD) == "std::to_string" &&
          Call->getArg(0)->EvaluateAsInt(V, *Ctx)) {
        R.Text = llvm::toString(V.Val.getInt(), 10);
        R.Known = true;
        return R;
      }
    }
    R.gap();
    return R;
  }

  static bool isStringLike(QualType T) {
    T = T.getNonReferenceType().getCanonicalType();
    if (const auto *PT = T->getAs<PointerType>())
      return PT->getPointeeType()->isAnyCharacterType();
    if (T->isArrayType())
      return T->getArrayElementTypeNoTypeQual()->isAnyCharacterType();
    if (const auto *RD = T->getAsCXXRecordDecl()) {
      std::string N = llvm::StringRef(recordTemplateName(RD)).lower();
      return llvm::StringRef(N).contains("string") || llvm::StringRef(N).ends_with("url") ||
             llvm::StringRef(N).ends_with("uri");
    }
    return false;
  }

  /// Value categories of option fields: "true", "false", "none", "zero", "positive",
  /// "negative", or "unknown" (not stated as a literal).
  std::string fieldValue(const Expr *E, const HeartbeatRule &H) const {
    if (!E)
      return "unknown";
    E = peel(E);
    if (isa<ImplicitValueInitExpr>(E) ||
        (E->getType()->isPointerType() && !E->isValueDependent() &&
         E->isNullPointerConstant(*Ctx, Expr::NPC_ValueDependentIsNotNull)))
      return "zero";
    if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(E))
      return B->getValue() ? "true" : "false";
    if (const auto *I = dyn_cast<IntegerLiteral>(E))
      return I->getValue().isZero() ? "zero" : "positive";
    if (const auto *U = dyn_cast<UnaryOperator>(E);
        U && U->getOpcode() == UO_Minus && isa<IntegerLiteral>(peel(U->getSubExpr())))
      return "negative";
    if (const auto *C = dyn_cast<CallExpr>(E))
      if (const FunctionDecl *FD = C->getDirectCallee())
        for (const auto &N : H.NoneFunctions)
          if (qualifiedName(FD) == N)
            return "none";
    Expr::EvalResult R;
    if (E->getType()->isIntegralOrEnumerationType() && !E->isValueDependent() &&
        E->EvaluateAsInt(R, *Ctx)) {
      const llvm::APSInt &V = R.Val.getInt();
      if (E->getType()->isBooleanType())
        return V.getBoolValue() ? "true" : "false";
      return V.isZero() ? "zero" : V.isNegative() ? "negative" : "positive";
    }
    return "unknown";
  }

  static bool satisfies(const std::string &Value, const std::string &Want) {
    if (Value == "unknown")
      return true; // not a literal: precision first, give the benefit of the doubt
    if (Want == "true")
      return Value == "true" || Value == "positive";
    if (Want == "false")
      return Value == "false" || Value == "zero";
    if (Want == "finite")
      return Value != "none" && Value != "zero" && Value != "false";
    if (Want == "positive")
      return Value == "positive" || Value == "true";
    return false;
  }

  using FieldValues = std::map<std::string, std::string>;

  /// Field values of an option struct expression, or nullopt when they cannot be known.
  std::optional<FieldValues> structValue(const Expr *E, const HeartbeatRule &H,
                                         SourceLocation Before, unsigned Depth = 0) const {
    if (!E || Depth > 4)
      return std::nullopt;
    E = peel(E);
    if (const auto *IL = dyn_cast<InitListExpr>(E)) {
      const InitListExpr *Sem = IL->isSemanticForm() ? IL : IL->getSemanticForm();
      const RecordDecl *RD = Sem->getType()->getAsRecordDecl();
      if (!RD)
        return std::nullopt;
      FieldValues V;
      unsigned I = 0;
      for (const FieldDecl *F : RD->fields()) {
        if (I < Sem->getNumInits())
          addFieldValue(V, F->getName().str(), Sem->getInit(I), H, Before, Depth);
        else
          V[F->getName().str()] = "zero";
        ++I;
      }
      return V;
    }
    // A struct passed by address (libwebsockets' lws_client_connect_via_info(&info)).
    if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_AddrOf)
      return structValue(U->getSubExpr(), H, Before, Depth + 1);
    if (const auto *C = dyn_cast<CallExpr>(E)) {
      const FunctionDecl *FD = C->getDirectCallee();
      if (!FD)
        return std::nullopt;
      for (const auto &F : H.Factories) {
        if (qualifiedName(FD) != F.Function || F.Argument >= C->getNumArgs())
          continue;
        const Expr *A = peel(C->getArg(F.Argument));
        if (const auto *DR = dyn_cast<DeclRefExpr>(A))
          if (const auto *EC = dyn_cast<EnumConstantDecl>(DR->getDecl())) {
            auto It = F.Cases.find(qualifiedName(EC));
            if (It != F.Cases.end())
              return FieldValues(It->second.begin(), It->second.end());
          }
        return std::nullopt;
      }
      return std::nullopt;
    }
    if (const auto *DR = dyn_cast<DeclRefExpr>(E)) {
      const auto *VD = dyn_cast<VarDecl>(DR->getDecl());
      if (!VD || isa<ParmVarDecl>(VD))
        return std::nullopt;
      std::optional<FieldValues> V;
      if (VD->getInit())
        V = structValue(VD->getInit(), H, Before, Depth + 1);
      if (!V)
        V = FieldValues{};
      applyFieldAssignments(VD, H, Before, *V);
      return V;
    }
    return std::nullopt;
  }

  /// Sets V[Name] to the value's category and, for a field that holds or points to a
  /// nested struct, V["Name.sub"] for each of its fields (a per-connection policy).
  void addFieldValue(FieldValues &V, const std::string &Name, const Expr *Value,
                     const HeartbeatRule &H, SourceLocation Before, unsigned Depth) const {
    std::string Got = fieldValue(Value, H);
    QualType T = Value->getType();
    if (const auto *PT = T->getAs<PointerType>())
      T = PT->getPointeeType();
    if (Got == "unknown" && T->isRecordType()) {
      Got = "given";
      if (auto Nested = structValue(Value, H, Before, Depth + 1))
        for (const auto &[Field, Sub] : *Nested)
          V[Name + "." + Field] = Sub;
    }
    V[Name] = Got;
  }

  /// `var.field = value;` statements of var's function that come before Before, in source
  /// order: (field name, value).
  std::vector<std::pair<std::string, const Expr *>>
  fieldAssignments(const VarDecl *VD, SourceLocation Before) const {
    std::vector<std::pair<std::string, const Expr *>> Out;
    const auto *FD = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
    if (!FD || !FD->hasBody())
      return Out;
    // `opt.flag = true` is a BinaryOperator; `opt.idle = seconds(20)` assigns a class and
    // is an operator= call (test-inputs/boost-beast-option-variable).
    auto FieldOfVar = memberExpr(hasObjectExpression(ignoringParenImpCasts(
                                     declRefExpr(to(varDecl(equalsNode(VD)))))))
                          .bind("lhs");
    auto Assigns = match(
        findAll(stmt(anyOf(binaryOperator(isAssignmentOperator(), hasLHS(FieldOfVar),
                                          hasRHS(expr().bind("rhs"))),
                           cxxOperatorCallExpr(hasOverloadedOperatorName("="),
                                               hasArgument(0, FieldOfVar),
                                               hasArgument(1, expr().bind("rhs")))))
                    .bind("assign")),
        *FD->getBody(), *Ctx);
    const SourceManager &SM = Ctx->getSourceManager();
    std::vector<std::tuple<SourceLocation, const MemberExpr *, const Expr *>> Ordered;
    for (const auto &B : Assigns) {
      const auto *A = B.getNodeAs<Stmt>("assign");
      if (A && SM.isBeforeInTranslationUnit(A->getBeginLoc(), Before))
        Ordered.emplace_back(A->getBeginLoc(), B.getNodeAs<MemberExpr>("lhs"),
                             B.getNodeAs<Expr>("rhs"));
    }
    std::sort(Ordered.begin(), Ordered.end(), [&](const auto &A, const auto &B) {
      return SM.isBeforeInTranslationUnit(std::get<0>(A), std::get<0>(B));
    });
    for (const auto &[Loc, Field, Value] : Ordered)
      Out.emplace_back(Field->getMemberDecl()->getName().str(), Value);
    return Out;
  }

  /// Applies `var.field = value;` statements of var's function that come before Before.
  void applyFieldAssignments(const VarDecl *VD, const HeartbeatRule &H,
                             SourceLocation Before, FieldValues &V) const {
    for (const auto &[Name, Value] : fieldAssignments(VD, Before)) {
      // A field assigned again replaces what its nested struct said before.
      for (auto It = V.lower_bound(Name + "."); It != V.end() &&
                                              llvm::StringRef(It->first).starts_with(Name + ".");)
        It = V.erase(It);
      addFieldValue(V, Name, Value, H, Before, 1);
    }
  }

  // --- matches ---------------------------------------------------------------------

  /// A member call, a free call or a construction, seen the same way.
  struct CallView {
    const Expr *E = nullptr;
    enum { Method, Function, Construct } Kind = Function;
    std::string Name;            ///< method name, or qualified function name
    const Expr *Object = nullptr; ///< for methods
    const FunctionDecl *Callee = nullptr;
    llvm::SmallVector<const Expr *, 6> Args;
    SourceLocation Loc; ///< where findings point: the method name, else the call
    QualType SocketType;
    /// For a socket built in place by a container's or optional's emplace: the object
    /// that holds it, and whether it is one element among many.
    const Expr *Into = nullptr;
    bool IntoElement = false;
  };

  /// `std::make_shared<S>(args…)`, `std::make_unique<S>(args…)`,
  /// `container.emplace_back(args…)` and `optional.emplace(args…)` construct an S from
  /// args inside library code: seen here as a construction of S with those arguments.
  std::optional<CallView> factoryView(const CallExpr *Call) const {
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
      const auto *Spec = T.isNull() ? nullptr
                                    : dyn_cast_or_null<ClassTemplateSpecializationDecl>(
                                          T->getAsCXXRecordDecl());
      if (!Spec)
        return std::nullopt;
      std::string Container = qualifiedName(Spec->getSpecializedTemplate());
      static const std::set<std::string> Sequences = {
          "std::vector", "std::deque", "std::list", "std::forward_list", "std::optional"};
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
    if (!libraryOfType(V.SocketType))
      return std::nullopt;
    for (unsigned I = Skip; I < Call->getNumArgs(); ++I)
      V.Args.push_back(Call->getArg(I));
    return V;
  }

  static CallView viewOf(const Expr *E) {
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
    }
    if (const auto *C = dyn_cast<CallExpr>(E))
      V.Args.append(C->arg_begin(), C->arg_end());
    else if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
      V.Args.append(CE->arg_begin(), CE->arg_end());
    return V;
  }

  /// The library a method call belongs to: by its object's type, or for a call on what an
  /// accessor returns (`client->getConnection()->disablePing()`), by the accessor's object.
  const LibraryRules *libraryOfObject(const CallView &C) const {
    if (const LibraryRules *L = libraryOfType(C.SocketType))
      return L;
    if (C.Kind != CallView::Method || !C.Object)
      return nullptr;
    const Expr *E = peel(C.Object);
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
        Op && (Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star))
      E = peel(Op->getArg(0));
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E); MC && isAccessorCall(MC))
      return libraryOfType(MC->getImplicitObjectArgument()->getType());
    return nullptr;
  }

  bool matches(const CallPattern &P, const CallView &C) const {
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
      if (Index >= C.Args.size() ||
          sourceText(C.Args[Index]->IgnoreParenImpCasts()).find(Text) == std::string::npos)
        return false;
    for (const auto &[Index, Method] : P.ArgPreparedBy)
      if (Index >= C.Args.size() || !preparedBy(C.Args[Index], Method, C.E->getBeginLoc()))
        return false;
    return true;
  }

  /// Is T (through references and pointers) a class named in Names, or derived from one?
  static bool recordIsOrDerivesFrom(QualType T, const std::vector<std::string> &Names) {
    T = T.getNonReferenceType();
    if (const auto *PT = T->getAs<PointerType>())
      T = PT->getPointeeType();
    const auto *RD = T->getAsCXXRecordDecl();
    if (!RD)
      return false;
    if (std::find(Names.begin(), Names.end(), recordTemplateName(RD)) != Names.end())
      return true;
    if (!RD->hasDefinition())
      return false;
    for (const auto &Base : RD->getDefinition()->bases())
      if (recordIsOrDerivesFrom(Base.getType(), Names))
        return true;
    return false;
  }

  /// Is E a local variable of which the code calls Method before Before, in the same
  /// function (test-inputs/cpprestsdk-ping-thread)?
  bool preparedBy(const Expr *E, const std::string &Method, SourceLocation Before) const {
    const auto *DR = dyn_cast<DeclRefExpr>(peel(E));
    const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
    const auto *FD = VD ? dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod())
                        : nullptr;
    if (!FD || !FD->hasBody())
      return false;
    auto Calls = match(
        findAll(cxxMemberCallExpr(callee(cxxMethodDecl(hasName(Method))),
                                  on(ignoringParenImpCasts(declRefExpr(to(varDecl(equalsNode(VD)))))))
                    .bind("call")),
        *FD->getBody(), *Ctx);
    const SourceManager &SM = Ctx->getSourceManager();
    return std::any_of(Calls.begin(), Calls.end(), [&](const BoundNodes &B) {
      return SM.isBeforeInTranslationUnit(B.getNodeAs<Expr>("call")->getBeginLoc(), Before);
    });
  }

  /// The slot an opening call writes the new socket's handle into (OpenCallRule::Out):
  /// `f(&handle)`, or `info.pwsi = &conn->wsi; f(&info)` (the last such assignment before
  /// the call, or the struct's initialiser). A temporary slot when there is none
  /// (test-inputs/identity-out-parameter).
  Slot outSlot(const LibraryRules &L, const CallView &C, const Context &Where) const {
    for (const auto &O : L.OpenCalls)
      if (O.Out && matches(O.Call, C))
        if (const Expr *Value = partValue(*O.Out, C).Value)
          return slotOf(Value, Where);
    return temporarySlot();
  }

  /// What an ArgPart reaches from a call: the expression that gives the value, and the type
  /// of the object the argument names (for `type-contains`).
  struct PartValue {
    const Expr *Value = nullptr;
    QualType ObjectType;
    /// The field is not set, but the struct was zeroed first (`= {}`, `memset(&s, 0, …)`).
    bool Zero = false;
  };

  /// Is the struct variable cleared with `memset(&var, 0, …)` before Before?
  bool zeroedBefore(const VarDecl *VD, SourceLocation Before) const {
    const auto *FD = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
    if (!FD || !FD->hasBody())
      return false;
    auto Calls = match(
        findAll(callExpr(callee(functionDecl(hasAnyName("memset", "::std::memset"))),
                         hasArgument(0, ignoringParenImpCasts(unaryOperator(
                                            hasOperatorName("&"),
                                            hasUnaryOperand(declRefExpr(to(equalsNode(VD))))))),
                         hasArgument(1, ignoringParenImpCasts(integerLiteral(equals(0)))))
                    .bind("c")),
        *FD->getBody(), *Ctx);
    const SourceManager &SM = Ctx->getSourceManager();
    return std::any_of(Calls.begin(), Calls.end(), [&](const BoundNodes &B) {
      return SM.isBeforeInTranslationUnit(B.getNodeAs<CallExpr>("c")->getBeginLoc(), Before);
    });
  }

  PartValue partValue(const ArgPart &P, const CallView &C) const {
    PartValue Out;
    if (P.Arg >= C.Args.size())
      return Out;
    const Expr *Arg = peel(C.Args[P.Arg]);
    if (P.Field.empty() && !P.ConstructorArg && P.TypeContains.empty()) {
      Out.Value = Arg;
      return Out;
    }
    // &info, *session_: the object the argument names.
    while (true) {
      if (const auto *U = dyn_cast<UnaryOperator>(Arg);
          U && (U->getOpcode() == UO_AddrOf || U->getOpcode() == UO_Deref))
        Arg = peel(U->getSubExpr());
      else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Arg);
               Op && (Op->getOperator() == OO_Star || Op->getOperator() == OO_Arrow))
        Arg = peel(Op->getArg(0));
      else
        break;
    }
    const ValueDecl *D = nullptr;
    const Expr *Init = nullptr;
    if (const auto *DR = dyn_cast<DeclRefExpr>(Arg)) {
      if (const auto *VD = dyn_cast<VarDecl>(DR->getDecl())) {
        D = VD;
        Init = VD->getInit();
      }
    } else if (const auto *ME = dyn_cast<MemberExpr>(Arg)) {
      if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl())) {
        D = FD;
        Init = FD->getInClassInitializer();
      }
    }
    if (!D)
      return Out;
    Init = Init ? peel(Init) : nullptr;
    Out.ObjectType = Init && isa<CXXConstructExpr>(Init) ? Init->getType() : D->getType();
    if (!P.Field.empty()) {
      if (const auto *IL = dyn_cast_or_null<InitListExpr>(Init)) {
        const InitListExpr *Sem = IL->isSemanticForm() ? IL : IL->getSemanticForm();
        if (const RecordDecl *RD = Sem ? Sem->getType()->getAsRecordDecl() : nullptr) {
          unsigned I = 0;
          for (const FieldDecl *F : RD->fields()) {
            if (F->getName() == P.Field && I < Sem->getNumInits() &&
                !isa<ImplicitValueInitExpr>(Sem->getInit(I)))
              Out.Value = Sem->getInit(I);
            ++I;
          }
        }
      }
      if (const auto *VD = dyn_cast<VarDecl>(D)) {
        for (const auto &[Name, V] : fieldAssignments(VD, C.E->getBeginLoc()))
          if (Name == P.Field)
            Out.Value = V;
        Out.Zero = !Out.Value && (isa_and_nonnull<InitListExpr>(Init) ||
                                  zeroedBefore(VD, C.E->getBeginLoc()));
      }
    } else if (P.ConstructorArg) {
      const auto *CE = dyn_cast_or_null<CXXConstructExpr>(Init);
      if (CE && *P.ConstructorArg < CE->getNumArgs() &&
          !isa<CXXDefaultArgExpr>(CE->getArg(*P.ConstructorArg)))
        Out.Value = CE->getArg(*P.ConstructorArg);
    }
    return Out;
  }

  Slot slotFor(const CallPattern &P, const CallView &C, const Context &Where) const {
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

  static Slot temporarySlot() {
    Slot S;
    S.Kind = SlotKind::Temporary;
    S.Name = "(temporary)";
    return S;
  }

  /// The qualified name of a record type (through pointers and references), or "".
  static std::string typeName(QualType T) {
    T = T.getNonReferenceType();
    if (const auto *PT = T->getAs<PointerType>())
      T = PT->getPointeeType();
    const auto *RD = T->getAsCXXRecordDecl();
    return RD ? recordTemplateName(RD) : "";
  }

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
        for (const FunctionDecl *Cb : handlerFunctions(C, D.DelayArg))
          F.Callbacks.push_back(usrOf(Cb));
        PendingDelays.emplace_back(std::move(F), C.Args[D.DelayArg]);
        return;
      }
    for (const auto &L : Rules.Libraries)
      for (const auto &W : L.TimerWaits) {
        if (!isCallOfType(W, C, L) || !matches(W, C))
          continue;
        Context Where = contextOf(DynTypedNode::create(*C.E));
        for (const FunctionDecl *Cb : handlerFunctions(C, -1))
          PendingWaits.emplace_back(usrOf(Where.Function), usrOf(Cb));
        return;
      }
  }

  /// For a method pattern on objects that are not sockets (a timer): is C's object one of
  /// the pattern's types (or, with none given, a socket of L)?
  bool isCallOfType(const CallPattern &P, const CallView &C, const LibraryRules &L) const {
    if (C.Kind != CallView::Method)
      return true;
    if (!P.OfType.empty())
      return std::find(P.OfType.begin(), P.OfType.end(), typeName(C.SocketType)) !=
             P.OfType.end();
    return libraryOfType(C.SocketType) == &L;
  }

  /// Loops that wait between rounds (a delay inside them): what runs there repeats over
  /// time, not just over items.
  std::set<const Stmt *> WaitingLoops;
  std::vector<std::pair<std::string, std::string>> PendingWaits; ///< (function, callback)
  /// Application messages sent from inside a loop, until we know whether the loop waits.
  std::vector<std::pair<Evidence, const Stmt *>> PendingSends;

public:
  /// Is the node inside a loop that waits between rounds?
  bool inWaitingLoop(const Stmt *S) {
    if (WaitingLoops.empty())
      return false;
    return WaitingLoops.count(everyRoundLoop(contextOf(DynTypedNode::create(*S)))) != 0;
  }

  /// The innermost loop around a node when the node runs on every round of it: not under
  /// an `if`, a `switch` or `?:` inside the loop. A send that depends on input
  /// (`if (line != "q") send(line)`) is not a heartbeat however often the loop waits
  /// (test-inputs/heartbeat-app-level-loop).
  static const Stmt *everyRoundLoop(const Context &C) {
    return C.ConditionalInLoop ? nullptr : C.InnermostLoop;
  }

private:

  // --- delays: fixed, growing, jittered ----------------------------------------------

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

  /// Variables and fields an expression reads.
  std::vector<const ValueDecl *> referencedVars(const Expr *E) const {
    std::vector<const ValueDecl *> Out;
    for (const auto &B : match(findAll(declRefExpr(to(varDecl())).bind("r")), *E, *Ctx))
      Out.push_back(B.getNodeAs<DeclRefExpr>("r")->getDecl());
    for (const auto &B : match(findAll(memberExpr(member(fieldDecl())).bind("m")), *E, *Ctx))
      Out.push_back(B.getNodeAs<MemberExpr>("m")->getMemberDecl());
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
    std::set<const ValueDecl *> Seen;
    std::vector<const ValueDecl *> Work;
    std::set<const FunctionDecl *> SeenFunctions;
    // A value computed from something that changes (auto delay = base * (1 << attempt)),
    // or returned by a helper of the TU that computes it so (next_delay()).
    // The argument's own arithmetic (seconds * 1000) is a unit, not growth: only what it
    // reads counts.
    std::function<void(const Expr *, bool)> Computed = [&](const Expr *V, bool Arithmetic) {
      Jitter |= containsRandom(V);
      if (Arithmetic && multipliesOrShifts(V) && !V->isEvaluatable(*Ctx))
        Grows = true;
      for (const ValueDecl *R : referencedVars(V))
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
      const ValueDecl *D = Work.back();
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
        for (const ValueDecl *R : referencedVars(RHS))
          Work.push_back(R);
      }
    }
    if (Grows && Jitter)
      return "exponential-jitter";
    return Grows ? "exponential" : "fixed";
  }

  /// Assignments to a variable or field in the TU's own code: (operator, value, whether the
  /// value reads the variable itself). Collected by the "assign" matchers during the pass.
  std::vector<std::tuple<std::string, const Expr *, bool>> assignmentsTo(const ValueDecl *D) const {
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

  std::map<const ValueDecl *, std::vector<std::pair<std::string, const Expr *>>> Assignments;
  std::vector<std::pair<DelayFact, const Expr *>> PendingDelays;

public:
  /// Delays are classified once every assignment of the TU has been seen.
  void finish() {
    for (auto &[F, Arg] : PendingDelays) {
      F.Backoff = classifyDelay(Arg);
      for (const auto &[Function, Callback] : PendingWaits)
        if (Function == F.Function)
          F.Callbacks.push_back(Callback);
      Out.Delays.push_back(std::move(F));
    }
    PendingDelays.clear();
    PendingWaits.clear();
    for (auto &[E, Loop] : PendingSends) {
      E.InLoop = Loop && WaitingLoops.count(Loop);
      pushEvidence(std::move(E));
    }
    PendingSends.clear();
  }

private:
  /// Functions named in a handler registration's arguments (lambdas, function and member
  /// function pointers, std::bind targets), user code only.
  std::vector<const FunctionDecl *> handlerFunctions(const CallView &C, int SkipArg) const {
    std::vector<const FunctionDecl *> Out;
    for (unsigned I = 0; I < C.Args.size(); ++I) {
      if (static_cast<int>(I) == SkipArg)
        continue;
      for (const auto &B : match(findAll(expr(anyOf(declRefExpr(to(functionDecl().bind("f"))),
                                                    lambdaExpr().bind("l")))),
                                 *C.Args[I], *Ctx)) {
        const FunctionDecl *F = B.getNodeAs<FunctionDecl>("f");
        if (const auto *L = B.getNodeAs<LambdaExpr>("l"))
          F = L->getCallOperator();
        if (F && !isLibraryCode(F->getLocation()))
          Out.push_back(F);
      }
    }
    return Out;
  }

  void onCall(const CallView &C) {
    onDelay(C);
    // Which libraries can this call belong to? Methods and constructions by the object's
    // type; free functions by name, in any library.
    std::vector<const LibraryRules *> Libs;
    if (C.Kind == CallView::Function) {
      for (const auto &L : Rules.Libraries)
        Libs.push_back(&L);
    } else if (const LibraryRules *L = libraryOfObject(C)) {
      Libs.push_back(L);
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
      for (const auto &O : L->OpenCalls)
        if (matches(O.Call, C)) {
          std::string Owner;
          if (C.Kind == CallView::Method && O.Call.SocketIsResult)
            Owner = slotOf(C.Object, Where).USR;
          addSite(*L, O, C, socketOf(O.Call), Where, Owner);
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
        for (const FunctionDecl *F : handlerFunctions(C, -1))
          Out.Handlers.push_back({"", usrOf(F), loc(C.Loc), calleeText(C) + ": " + Describe,
                                  Backoff});
      }
      for (const auto &H : L->CloseHandlers) {
        if (!matches(H.Call, C))
          continue;
        Slot On = socketOf(H.Call);
        if (On.USR.empty())
          continue;
        for (const FunctionDecl *F : handlerFunctions(C, H.Call.SocketArg))
          Out.Handlers.push_back({On.USR, usrOf(F), loc(C.Loc), calleeText(C), ""});
      }
    }
  }

  /// The slot that receives the value an expression produces: the variable it initialises,
  /// the field or variable it is assigned to, the member whose initialiser it is, or the
  /// smart pointer it is handed to with reset().
  Slot resultSlot(const Expr *E, const Context &Where) const {
    DynTypedNode N = DynTypedNode::create(*E);
    for (unsigned Hops = 0; Hops < 8; ++Hops) {
      auto Parents = Ctx->getParents(N);
      if (Parents.empty())
        break;
      N = Parents[0];
      if (const auto *VD = N.get<VarDecl>())
        return slotForDecl(VD, varKind(VD), Where);
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
        if (Name == "push_back" || Name == "emplace_back" || Name == "push_front" ||
            Name == "emplace" || Name == "try_emplace" ||
            Name == "emplace_front" || Name == "insert" || Name == "push") {
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
  /// (test-inputs/libwebsockets-retry-policy).
  Slot unnamedSocketSlot(const CallView &C, const Context &Where) const {
    Slot S;
    S.Kind = SlotKind::Temporary;
    SourceLoc L = loc(C.Loc);
    S.USR = "site@" + L.File + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Column);
    S.Name = functionName(Where.Function) + "::" +
             (C.Callee ? C.Callee->getNameAsString() : std::string()) + "()";
    return S;
  }

  void addSite(const LibraryRules &L, const OpenCallRule &O, const CallView &C, Slot Holder,
               const Context &Where, const std::string &Owner) {
    SocketSite S;
    S.OwnerUSR = Owner;
    S.Library = L.Id;
    S.LibraryName = L.Name;
    S.ClientKind = L.ClientKind;
    S.OpenCall = C.Callee ? C.Callee->getNameAsString() : "";
    S.Loc = loc(C.Loc);
    S.Function = usrOf(Where.Function);
    S.LoopDepth = Where.LoopDepth;
    S.InRetryLoop = Where.LoopDepth > 0 && !Where.InnermostLoopIsRangeFor &&
                    !Where.InnermostLoopRunsOnce;
    S.LoopRunsOnce = Where.InnermostLoopRunsOnce;
    S.Holder = std::move(Holder);
    if (S.Holder.USR.empty())
      S.Holder = unnamedSocketSlot(C, Where);
    if (!describeEndpoint(L, O, C, S))
      return; // the URL says this is not a WebSocket (libcurl's other protocols)
    if (!SeenSites.insert({S.Loc, S.Holder.USR}).second)
      return;
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

  /// Fills the endpoint; false when a URL condition of the rule rules the call out. Parts
  /// the code does not state are "…"; an endpoint with no stated part at all is left out.
  bool describeEndpoint(const LibraryRules &L, const OpenCallRule &O, const CallView &C,
                        SocketSite &S) const {
    std::vector<const Expr *> Args;
    for (const Expr *A : C.Args)
      if (!isa<CXXDefaultArgExpr>(A) && isStringLike(A->getType()))
        Args.push_back(A);
    auto Arg = [&](std::optional<unsigned> I) -> std::optional<BuiltString> {
      if (!I || *I >= Args.size())
        return std::nullopt;
      BuiltString B = builtString(Args[*I]);
      return B.Known ? std::optional<BuiltString>(B) : std::nullopt;
    };
    if (O.UrlArg) {
      auto U = Arg(O.UrlArg);
      if (!O.UrlPrefixes.empty() &&
          (!U || std::none_of(O.UrlPrefixes.begin(), O.UrlPrefixes.end(),
                              [&](const std::string &P) {
                                return llvm::StringRef(U->Text).starts_with_insensitive(P);
                              })))
        return false;
      if (U) {
        S.Endpoint = U->Text;
        S.EndpointIsLiteral = U->Complete;
      }
      return true;
    }
    if (!O.EndpointParts.empty())
      return describeEndpointParts(O, C, S), true;
    auto Host = Arg(O.HostArg);
    if (!Host)
      return true;
    std::string TypeName = C.SocketType.getCanonicalType().getAsString();
    bool Secure = !L.SecureTypeMarker.empty() &&
                  llvm::StringRef(TypeName).contains(L.SecureTypeMarker);
    BuiltString E;
    E.Text = (Secure ? L.SecureScheme : L.Scheme) + "://";
    E.append(*Host);
    if (auto Path = Arg(O.PathArg))
      E.append(*Path);
    else
      E.Text += "/…", E.Complete = false;
    S.Endpoint = E.Text;
    S.EndpointIsLiteral = E.Complete;
    return true;
  }

  /// An endpoint stated in parts (OpenCallRule::EndpointParts): libwebsockets' connect-info
  /// `address`, `port`, `path` and `ssl_connection`; POCO's session host and port and its
  /// request's URI. The scheme is "…" unless the code states it
  /// (test-inputs/endpoint-built-from-parts).
  void describeEndpointParts(const OpenCallRule &O, const CallView &C, SocketSite &S) const {
    auto Part = [&](const char *Name) -> const ArgPart * {
      auto It = O.EndpointParts.find(Name);
      return It == O.EndpointParts.end() ? nullptr : &It->second;
    };
    BuiltString Host;
    if (const ArgPart *P = Part("host"))
      if (const Expr *V = partValue(*P, C).Value)
        Host = builtString(V);
    if (!Host.Known)
      return;
    BuiltString E;
    std::string Scheme = "…";
    if (const ArgPart *P = Part("secure")) {
      PartValue V = partValue(*P, C);
      Expr::EvalResult R;
      if (!P->TypeContains.empty() && !V.ObjectType.isNull())
        Scheme = llvm::StringRef(V.ObjectType.getCanonicalType().getAsString())
                         .contains(P->TypeContains)
                     ? "wss"
                     : "ws";
      else if (V.Value && !V.Value->isValueDependent() && V.Value->EvaluateAsInt(R, *Ctx))
        Scheme = R.Val.getInt().isZero() ? "ws" : "wss";
      else if (V.Zero)
        Scheme = "ws";
    }
    if (Scheme == "…")
      E.gap();
    else
      E.Text = Scheme;
    E.Text += "://";
    E.append(Host);
    if (const ArgPart *P = Part("port")) {
      Expr::EvalResult R;
      const Expr *V = partValue(*P, C).Value;
      // The scheme's own port goes without saying.
      if (V && !V->isValueDependent() && V->EvaluateAsInt(R, *Ctx)) {
        std::string Port = llvm::toString(R.Val.getInt(), 10);
        if (!((Scheme == "ws" && Port == "80") || (Scheme == "wss" && Port == "443")))
          E.Text += ":" + Port;
      } else if (V)
        E.Text += ":", E.gap();
    }
    BuiltString Path;
    if (const ArgPart *P = Part("path"))
      if (const Expr *V = partValue(*P, C).Value)
        Path = builtString(V);
    if (Path.Known)
      E.append(Path);
    else
      E.Text += "/", E.gap();
    S.Endpoint = E.Text;
    S.EndpointIsLiteral = E.Complete;
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

  std::string sourceText(const Expr *E) const {
    const SourceManager &SM = Ctx->getSourceManager();
    CharSourceRange R = CharSourceRange::getTokenRange(SM.getFileLoc(E->getBeginLoc()),
                                                       SM.getFileLoc(E->getEndLoc()));
    std::string S = Lexer::getSourceText(R, SM, Ctx->getLangOpts()).str();
    // One line, bounded: this lands in messages.
    std::string Flat;
    bool Space = false;
    for (char C : S) {
      if (C == '\n' || C == '\t' || C == '\r' || C == ' ') {
        Space = !Flat.empty() && Flat.back() != '(';
        continue;
      }
      if (Space && C != ')')
        Flat += ' ';
      Space = false;
      Flat += C;
    }
    if (Flat.size() > 120)
      Flat = Flat.substr(0, 117) + "...";
    return Flat;
  }

  /// "ws_->async_read(…)": the call as written up to its arguments.
  std::string calleeText(const CallView &C) const {
    const Expr *Callee = nullptr;
    if (const auto *Call = dyn_cast<CallExpr>(C.E))
      Callee = Call->getCallee();
    std::string Text = Callee ? sourceText(Callee) : C.Name;
    return Text + "(…)";
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

  /// Does the condition test a setting of the program (a bool variable, field or getter, a
  /// number compared with a constant), rather than an outcome (an error code, the socket's
  /// state)? Only settings make evidence conditional: `if (!ec) ws.set_option(…)` in a
  /// completion handler is the success path, not a choice
  /// (test-inputs/conditional-evidence-lookalikes).
  bool isFlag(const Expr *E) const {
    E = E->IgnoreParenImpCasts();
    if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_LNot)
      return isFlag(U->getSubExpr());
    if (const auto *B = dyn_cast<BinaryOperator>(E)) {
      if (B->isLogicalOp())
        return isFlag(B->getLHS()) || isFlag(B->getRHS());
      if (B->isComparisonOp()) {
        const Expr *L = B->getLHS()->IgnoreParenImpCasts(), *R = B->getRHS()->IgnoreParenImpCasts();
        auto Setting = [&](const Expr *X) {
          return (isa<DeclRefExpr>(X) || isa<MemberExpr>(X)) &&
                 X->getType()->isArithmeticType() && !isOutcome(X);
        };
        return (Setting(L) && R->isEvaluatable(*Ctx)) || (Setting(R) && L->isEvaluatable(*Ctx));
      }
      return false;
    }
    if (!E->getType()->isBooleanType() || isOutcome(E))
      return false;
    if (isa<DeclRefExpr>(E) || isa<MemberExpr>(E))
      return true;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
      return !isa<CXXConversionDecl>(MC->getMethodDecl()) && MC->getImplicitObjectArgument() &&
             !libraryOfType(MC->getImplicitObjectArgument()->getType()) &&
             !isOutcome(MC->getImplicitObjectArgument());
    return false;
  }

  /// An error code, a result or a status, by the name of its type or variable.
  static bool isOutcome(const Expr *E) {
    std::string Name;
    if (const auto *DR = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
      Name = DR->getDecl()->getName().str();
    else if (const auto *ME = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts()))
      Name = ME->getMemberDecl()->getName().str();
    std::string T = llvm::StringRef(E->getType().getNonReferenceType().getAsString()).lower();
    std::string N = llvm::StringRef(Name).lower();
    for (const char *Word : {"error", "status", "result"})
      if (llvm::StringRef(T).contains(Word) || llvm::StringRef(N).contains(Word))
        return true;
    return N == "ec" || N == "err" || N == "ok" || N == "rc" || N == "ret";
  }

  void pushEvidence(Evidence E) {
    if (E.SlotUSR.empty())
      return; // evidence on a temporary cannot be tied to any socket
    if (!SeenEvidence.insert({E.Loc, evidenceKey(E)}).second)
      return;
    Out.Evidences.push_back(std::move(E));
  }

  // --- boundary comments -----------------------------------------------------------

  /// Boundary comments on or directly above the line of L.
  std::vector<std::pair<SourceLoc, std::string>> commentsAt(SourceLocation L) const {
    std::vector<std::pair<SourceLoc, std::string>> Out;
    const SourceManager &SM = Ctx->getSourceManager();
    L = SM.getFileLoc(L);
    if (L.isInvalid())
      return Out;
    auto [FID, Offset] = SM.getDecomposedLoc(L);
    bool Invalid = false;
    llvm::StringRef Buf = SM.getBufferData(FID, &Invalid);
    if (Invalid)
      return Out;
    for (auto &[Line, Text] : boundaryCommentsNear(Buf, Offset)) {
      SourceLoc CL = loc(L);
      CL.Line = Line;
      CL.Column = 1;
      Out.emplace_back(CL, Text);
    }
    return Out;
  }

  void collectBoundaryComments(SourceLocation CallLoc, SocketSite &S) const {
    auto Scan = [&](SourceLocation L) {
      for (auto &C : commentsAt(L))
        S.BoundaryComments.push_back(std::move(C));
    };
    Scan(CallLoc);
  }

  /// A parameter is named by its function and position: a declaration in a header and
  /// the definition in a .cpp have different parameter USRs, but one of these.
  static std::string paramKey(const ParmVarDecl *P) {
    const auto *FD = dyn_cast_or_null<FunctionDecl>(P->getDeclContext());
    if (!FD)
      return usrOf(P);
    return usrOf(FD->getCanonicalDecl()) + "@param" + std::to_string(P->getFunctionScopeIndex());
  }

  Slot slotForDecl(const NamedDecl *D, SlotKind K, const Context &Where) const {
    Slot S;
    S.USR = isa<ParmVarDecl>(D) ? paramKey(cast<ParmVarDecl>(D)) : usrOf(D);
    S.Kind = K;
    S.Decl = loc(D->getLocation());
    S.DeclComments = commentsAt(D->getLocation());
    if (const auto *FD = dyn_cast<FieldDecl>(D))
      S.Record = usrOf(FD->getParent());
    if (K == SlotKind::Local || K == SlotKind::Parameter)
      S.Name = functionName(Where.Function) + "::" + D->getName().str();
    else
      S.Name = qualifiedName(D);
    if (const auto *VD = dyn_cast<VarDecl>(D); VD && K == SlotKind::Local)
      S.DeclaredInLoop = contextOf(DynTypedNode::create(*VD)).LoopDepth > 0;
    return S;
  }

  static std::string returnKey(const FunctionDecl *FD) {
    return "return@" + usrOf(FD->getCanonicalDecl());
  }

  static SlotKind varKind(const VarDecl *VD) {
    if (isa<ParmVarDecl>(VD))
      return SlotKind::Parameter;
    return VD->hasGlobalStorage() && !VD->isStaticLocal() ? SlotKind::Global
                                                           : SlotKind::Local;
  }

public:
  void setContext(ASTContext &C) { Ctx = &C; }
  bool isSocketType(QualType T) const { return libraryOfType(T) != nullptr; }

  /// Records which slot each socket-typed reference or pointer argument of a user
  /// function call stands for (see SlotBinding).
  void addBindings(const FunctionDecl *Callee, llvm::ArrayRef<const Expr *> Args,
                   const Expr *Call) {
    if (!Callee || isLibraryCode(Callee->getLocation()) || isLibraryCode(Call->getBeginLoc()))
      return;
    unsigned N = std::min<unsigned>(Args.size(), Callee->getNumParams());
    for (unsigned I = 0; I < N; ++I) {
      const ParmVarDecl *P = Callee->getParamDecl(I);
      // References, pointers and smart pointers to a socket (by value or not) hand the
      // caller's socket to the helper (test-inputs/identity-evidence-in-helpers).
      if (!isHandle(P->getType()) || !libraryOfHolder(P->getType()))
        continue;
      Context Where = contextOf(DynTypedNode::create(*Call));
      addBinding(paramKey(P), slotOf(Args[I], Where), Call, Where);
    }
  }

  /// A callback handed to a socket's own method that takes a socket of the same library
  /// receives that socket: Drogon's connectToServer callback gets its client
  /// (test-inputs/drogon-disable-ping).
  void bindCallbackSockets(const LibraryRules &L, const CallView &C, const Context &Where) {
    Slot Object = slotOf(C.Object, Where);
    if (Object.Kind == SlotKind::Temporary)
      return;
    for (const FunctionDecl *F : handlerFunctions(C, -1))
      for (const ParmVarDecl *P : F->parameters())
        if (libraryOfHolder(P->getType()) == &L &&
            (P->getType()->isReferenceType() || P->getType()->isPointerType()))
          addBinding(paramKey(P), Object, C.E, Where);
  }

  /// Records a user class instantiated inside a repeating loop: a construction, or
  /// std::make_unique / make_shared / allocate_shared of it (whose construction happens
  /// inside the standard library).
  void addInstantiation(const Expr *E) {
    const CXXRecordDecl *RD = nullptr;
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
      RD = CE->getConstructor()->getParent();
    } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
      const FunctionDecl *FD = Call->getDirectCallee();
      std::string Name = FD ? qualifiedName(FD) : "";
      if (std::find(std::begin(FactoryFunctions), std::end(FactoryFunctions), Name) ==
          std::end(FactoryFunctions))
        return;
      if (const auto *Args = FD->getTemplateSpecializationArgs();
          Args && Args->size() > 0 && Args->get(0).getKind() == TemplateArgument::Type)
        RD = Args->get(0).getAsType()->getAsCXXRecordDecl();
    }
    if (!RD || RD->isLambda() || isLibraryCode(RD->getLocation()) ||
        isLibraryCode(E->getBeginLoc()))
      return;
    Context Where = contextOf(DynTypedNode::create(*E));
    if (Where.LoopDepth == 0 || Where.InnermostLoopRunsOnce)
      return;
    Out.Instantiations.push_back(
        {usrOf(RD), qualifiedName(RD), usrOf(Where.Function), loc(E->getBeginLoc())});
  }

  void addBinding(std::string Key, Slot Arg, const Expr *Call, const Context &Where) {
    if (Arg.Kind == SlotKind::Temporary)
      return;
    SlotBinding B;
    B.ParamUSR = std::move(Key);
    B.Arg = std::move(Arg);
    B.Caller = usrOf(Where.Function);
    B.Loc = loc(Call->getBeginLoc());
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

  /// Comment lines that hold a boundary annotation for the line at Offset: on that line
  /// (trailing) or in the comment block directly above it. Continuation lines of a comment
  /// are joined. Returns (line number, text from "websocket-boundary" on).
  static std::vector<std::pair<unsigned, std::string>>
  boundaryCommentsNear(llvm::StringRef Buf, size_t Offset) {
    std::vector<std::pair<unsigned, std::string>> Out;
    size_t LineStart = Buf.rfind('\n', Offset == 0 ? 0 : Offset - 1);
    LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
    unsigned LineNo = 1 + Buf.take_front(LineStart).count('\n');
    auto LineAt = [&](size_t Start) {
      size_t End = Buf.find('\n', Start);
      return Buf.slice(Start, End == llvm::StringRef::npos ? Buf.size() : End);
    };
    auto CommentBody = [](llvm::StringRef L) -> std::optional<llvm::StringRef> {
      L = L.trim();
      if (L.consume_front("//")) {
        L.consume_front("/");
        L.consume_front("!");
        return L.trim();
      }
      if (L.consume_front("/*") || L.consume_front("*")) {
        L.consume_back("*/");
        return L.trim();
      }
      return std::nullopt;
    };
    const llvm::StringRef Tag = "websocket-boundary";
    // Trailing on the same line.
    llvm::StringRef Same = LineAt(LineStart);
    if (size_t P = Same.find(Tag); P != llvm::StringRef::npos) {
      size_t C = Same.take_front(P).rfind("//");
      if (C == llvm::StringRef::npos)
        C = Same.take_front(P).rfind("/*");
      if (C != llvm::StringRef::npos) {
        llvm::StringRef T = Same.drop_front(P);
        T.consume_back("*/");
        Out.emplace_back(LineNo, T.trim().str());
      }
    }
    // The comment block above: walk up while lines are comments.
    std::vector<std::pair<unsigned, llvm::StringRef>> Block;
    size_t Start = LineStart;
    unsigned No = LineNo;
    while (Start > 0) {
      size_t PrevEnd = Start - 1; // the '\n' ending the previous line
      size_t NL = PrevEnd == 0 ? llvm::StringRef::npos : Buf.rfind('\n', PrevEnd - 1);
      size_t PrevStart = NL == llvm::StringRef::npos ? 0 : NL + 1;
      auto Body = CommentBody(Buf.slice(PrevStart, PrevEnd));
      if (!Body)
        break;
      Block.emplace_back(--No, *Body);
      Start = PrevStart;
    }
    std::reverse(Block.begin(), Block.end());
    for (size_t I = 0; I < Block.size(); ++I) {
      size_t P = Block[I].second.find(Tag);
      if (P == llvm::StringRef::npos)
        continue;
      std::string Text = Block[I].second.drop_front(P).str();
      for (size_t J = I + 1; J < Block.size(); ++J) {
        llvm::StringRef Next = Block[J].second;
        if (Next.empty() || Next.contains(Tag))
          break;
        Text += " " + Next.str();
      }
      Out.emplace_back(Block[I].first, Text);
    }
    return Out;
  }
};

/// Functions, entry points and "may run" edges, for the cross-TU call graph.
class GraphVisitor : public RecursiveASTVisitor<GraphVisitor> {
public:
  GraphVisitor(ASTContext &Ctx, const ExtractOptions &Opts, TUFacts &Out, Collector &Slots)
      : Ctx(Ctx), Opts(Opts), Out(Out), Slots(Slots) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBody() const { return true; }

  bool TraverseDecl(Decl *D) {
    if (!D)
      return true;
    if (!isa<TranslationUnitDecl>(D) && isLibraryCode(D->getLocation()))
      return true; // library internals are not the user's call graph
    auto *FD = dyn_cast<FunctionDecl>(D);
    if (FD && FD->doesThisDeclarationHaveABody()) {
      recordFunction(FD);
      Slots.addGetterBindings(FD);
      Stack.push_back(usrOf(FD));
      bool R = RecursiveASTVisitor::TraverseDecl(D);
      Stack.pop_back();
      return R;
    }
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  bool TraverseLambdaExpr(LambdaExpr *L) {
    CXXMethodDecl *Op = L->getCallOperator();
    addEdge(Op, EdgeKind::Callback);
    recordFunction(Op);
    Stack.push_back(usrOf(Op));
    bool R = RecursiveASTVisitor::TraverseLambdaExpr(L);
    Stack.pop_back();
    return R;
  }

  bool VisitCallExpr(CallExpr *C) {
    if (const FunctionDecl *FD = C->getDirectCallee()) {
      addEdge(FD, Slots.inWaitingLoop(C) ? EdgeKind::Repeating : EdgeKind::Call);
      llvm::SmallVector<const Expr *, 4> Args(C->arguments());
      // A member operator call passes the object as argument 0.
      if (isa<CXXOperatorCallExpr>(C) && isa<CXXMethodDecl>(FD) && !Args.empty())
        Args.erase(Args.begin());
      Slots.addBindings(FD, Args, C);
      Slots.addInstantiation(C);
      // Only for helpers this TU can see returning a socket (defined here, or returning a
      // socket type): recording every call's result would bloat the facts for nothing.
      if (FD->isDefined() || Slots.isSocketType(FD->getReturnType()))
        Slots.addReturnBinding(FD, C);
    }
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *C) {
    addEdge(C->getConstructor(), EdgeKind::Call);
    llvm::SmallVector<const Expr *, 4> Args(C->arguments());
    Slots.addBindings(C->getConstructor(), Args, C);
    Slots.addInstantiation(C);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *R) {
    // A function named without being called is handed to someone who may call it.
    if (const auto *FD = dyn_cast<FunctionDecl>(R->getDecl()))
      addEdge(FD, EdgeKind::Callback);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *M) {
    if (const auto *MD = dyn_cast<CXXMethodDecl>(M->getMemberDecl()))
      addEdge(MD, EdgeKind::Call);
    return true;
  }

private:
  ASTContext &Ctx;
  const ExtractOptions &Opts;
  TUFacts &Out;
  Collector &Slots;
  std::vector<std::string> Stack;
  std::set<std::string> Recorded;

  bool isLibraryCode(SourceLocation L) const { return Slots.isLibraryCode(L); }

  void recordFunction(const FunctionDecl *FD) {
    std::string USR = usrOf(FD);
    if (USR.empty() || !Recorded.insert(USR).second)
      return;
    if (FD->isImplicit())
      Implicit[USR].Used = false; // its facts wait in Implicit until user code uses it
    FunctionFact F;
    F.USR = USR;
    F.Name = qualifiedName(FD);
    const SourceManager &SM = Ctx.getSourceManager();
    PresumedLoc P = SM.getPresumedLoc(SM.getFileLoc(FD->getLocation()));
    if (P.isValid())
      F.Loc = {relativeTo(P.getFilename(), Opts.Root), P.getLine(), P.getColumn()};
    F.IsEntry = isEntryPoint(FD);
    if (auto It = Implicit.find(USR); It != Implicit.end())
      It->second.Function = std::move(F);
    else
      Out.Functions.push_back(std::move(F));
    // A call of a virtual method may run any override.
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
      for (const CXXMethodDecl *Base : MD->overridden_methods())
        Out.Edges.push_back({usrOf(Base), USR, EdgeKind::Call});
  }

  void addEdge(const FunctionDecl *Callee, EdgeKind K) {
    if (Stack.empty() || !Callee || isLibraryCode(Callee->getLocation()))
      return;
    std::string USR = usrOf(Callee);
    if (USR.empty() || USR == Stack.back())
      return;
    if (auto It = Implicit.find(Stack.back()); It != Implicit.end())
      It->second.Edges.push_back({Stack.back(), USR, K});
    else
      Out.Edges.push_back({Stack.back(), USR, K});
    if (Callee->isImplicit())
      UsedImplicit.push_back(USR);
  }

public:
  /// Implicit special members (a class's implicit constructor) are defined when something
  /// uses them, and a library body that is parsed (--full-parse) uses them where a skipped
  /// one does not. Their facts are kept only when the user's own code uses them, directly
  /// or through another kept one, so the facts never depend on which bodies were parsed
  /// (Scenario.FactsMatchFullParse, test-inputs/fanout-socket-per-widget).
  void finish() {
    while (!UsedImplicit.empty()) {
      std::string USR = std::move(UsedImplicit.back());
      UsedImplicit.pop_back();
      auto It = Implicit.find(USR);
      if (It == Implicit.end() || It->second.Used)
        continue;
      It->second.Used = true;
      if (It->second.Function)
        Out.Functions.push_back(*It->second.Function);
      for (const CallEdge &E : It->second.Edges) {
        Out.Edges.push_back(E);
        if (Implicit.count(E.Callee))
          UsedImplicit.push_back(E.Callee);
      }
    }
  }

private:
  struct PendingFunction {
    std::optional<FunctionFact> Function;
    std::vector<CallEdge> Edges;
    bool Used = false;
  };
  std::map<std::string, PendingFunction> Implicit;
  std::vector<std::string> UsedImplicit;
};

class FactsConsumer : public ASTConsumer {
public:
  FactsConsumer(const RuleSet &Rules, const ExtractOptions &Opts, TUFacts &Out)
      : Opts(Opts), Out(Out), Matches(Rules, Opts, Out) {
    Matches.registerMatchers(Finder);
  }

  /// Bodies of library functions (CodeOwnership) never hold facts:
  /// skipping them spares the parse and, above all, the template instantiation of library
  /// internals. Sema still parses bodies it needs (constexpr, deduced return types).
  bool shouldSkipFunctionBody(Decl *D) override {
    return ownership(D->getASTContext().getSourceManager()).isLibrary(D->getLocation());
  }

  void HandleTranslationUnit(ASTContext &Ctx) override {
    Matches.setOwnership(ownership(Ctx.getSourceManager()));
    const SourceManager &SM = Ctx.getSourceManager();
    if (auto FE = SM.getFileEntryRefForID(SM.getMainFileID()))
      Out.MainFile = relativeTo(std::string(FE->getName()), Opts.Root);
    excludeDataTables(Ctx);
    Finder.matchAST(Ctx);
    Matches.setContext(Ctx);
    Matches.finish();
    GraphVisitor Graph(Ctx, Opts, Out, Matches);
    Graph.TraverseDecl(Ctx.getTranslationUnitDecl());
    Graph.finish();
    collectSuppressions(Ctx.getSourceManager());
    collectReads(Ctx.getSourceManager());
  }

private:
  /// Generated data tables (a variable initialised by a brace list of thousands of
  /// literals) hold no calls, but the matchers' parent map would hold every literal: a
  /// 50 MB table took ten times the parse (tests/robustness, "a 50 MB generated source").
  /// They are left out of the matchers' traversal.
  static void excludeDataTables(ASTContext &Ctx) {
    std::vector<Decl *> Scope;
    bool Excluded = false;
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
      const auto *VD = dyn_cast<VarDecl>(D);
      const auto *IL = VD ? dyn_cast_or_null<InitListExpr>(VD->getInit()) : nullptr;
      if (IL && IL->getNumInits() > 10000 &&
          std::all_of(IL->begin(), IL->end(), [](const Stmt *S) {
            const auto *E = dyn_cast_or_null<Expr>(S);
            E = E ? E->IgnoreImpCasts() : nullptr;
            return E && (isa<IntegerLiteral>(E) || isa<FloatingLiteral>(E) ||
                         isa<CharacterLiteral>(E) || isa<StringLiteral>(E) ||
                         isa<CXXBoolLiteralExpr>(E));
          })) {
        Excluded = true;
        continue;
      }
      Scope.push_back(D);
    }
    if (Excluded)
      Ctx.setTraversalScope(Scope);
  }

  /// NOLINT comments of the files findings can point into: the main file and every file
  /// holding a site, evidence, a handler, a delay or an instantiation.
  void collectSuppressions(const SourceManager &SM) {
    std::set<std::string> Files = {Out.MainFile};
    for (const auto &S : Out.Sites)
      Files.insert(S.Loc.File);
    for (const auto &E : Out.Evidences)
      Files.insert(E.Loc.File);
    for (const auto &H : Out.Handlers)
      Files.insert(H.Loc.File);
    for (const auto &I : Out.Instantiations)
      Files.insert(I.Loc.File);
    for (const auto &File : Files) {
      auto FE = SM.getFileManager().getOptionalFileRef(absolutePath(File, Opts.Root));
      if (!FE)
        continue;
      FileID FID = SM.translateFile(*FE);
      if (FID.isInvalid())
        continue;
      bool Invalid = false;
      llvm::StringRef Buf = SM.getBufferData(FID, &Invalid);
      if (Invalid)
        continue;
      llvm::SmallVector<llvm::StringRef, 0> Lines;
      Buf.split(Lines, '\n');
      for (unsigned I = 0; I < Lines.size(); ++I)
        if (size_t P = Lines[I].find("NOLINT"); P != llvm::StringRef::npos)
          Out.Suppressions.push_back({{File, I + 1, static_cast<unsigned>(P + 1)},
                                      Lines[I].drop_front(P).rtrim().str()});
    }
  }

  /// The project headers the TU read (library headers are not the project's to change).
  void collectReads(const SourceManager &SM) {
    std::set<std::string> Files;
    const CodeOwnership &Own = ownership(SM);
    for (auto It = SM.fileinfo_begin(), End = SM.fileinfo_end(); It != End; ++It) {
      FileEntryRef FE = It->first;
      FileID FID = SM.translateFile(FE);
      if (FID.isInvalid() || FID == SM.getMainFileID() ||
          Own.isLibrary(SM.getLocForStartOfFile(FID)))
        continue;
      Files.insert(relativeTo(std::string(FE.getName()), Opts.Root));
    }
    Out.Reads.assign(Files.begin(), Files.end());
  }

  const CodeOwnership &ownership(const SourceManager &SM) {
    if (!Owner)
      Owner.emplace(SM, Opts.Root, Opts.LibraryGlobs);
    return *Owner;
  }

  const ExtractOptions &Opts;
  TUFacts &Out;
  Collector Matches;
  MatchFinder Finder;
  std::optional<CodeOwnership> Owner;
};

} // namespace

void extractFromAST(ASTContext &Ctx, const RuleSet &Rules, const ExtractOptions &Opts,
                    TUFacts &Out) {
  FactsConsumer Consumer(Rules, Opts, Out);
  Consumer.HandleTranslationUnit(Ctx);
  if (Ctx.getDiagnostics().hasErrorOccurred())
    Out.Complete = false;
}

namespace {

/// Keeps the first error of a TU (for the report) and counts them; prints nothing.
class ErrorCollector : public DiagnosticConsumer {
public:
  ErrorCollector(const ExtractOptions &Opts, TUFacts &Out) : Opts(Opts), Out(Out) {}
  void HandleDiagnostic(DiagnosticsEngine::Level Level, const Diagnostic &Info) override {
    DiagnosticConsumer::HandleDiagnostic(Level, Info);
    if (Level < DiagnosticsEngine::Error)
      return;
    Out.Complete = false;
    if (!Out.Errors.empty())
      return;
    llvm::SmallString<128> Msg;
    Info.FormatDiagnostic(Msg);
    ExtractError E;
    E.Message = std::string(Msg);
    if (Info.hasSourceManager() && Info.getLocation().isValid()) {
      const SourceManager &SM = Info.getSourceManager();
      PresumedLoc P = SM.getPresumedLoc(SM.getFileLoc(Info.getLocation()));
      if (P.isValid())
        E.Loc = {relativeTo(P.getFilename(), Opts.Root), P.getLine(), P.getColumn()};
    }
    Out.Errors.push_back(std::move(E));
  }

private:
  const ExtractOptions &Opts;
  TUFacts &Out;
};

class FactsAction : public ASTFrontendAction {
public:
  FactsAction(const RuleSet &Rules, const ExtractOptions &Opts, TUFacts &Out)
      : Rules(Rules), Opts(Opts), Out(Out) {}
  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef) override {
    // Asks FactsConsumer::shouldSkipFunctionBody for each body.
    CI.getFrontendOpts().SkipFunctionBodies = Opts.SkipLibraryBodies;
    return makeFactsConsumer(Rules, Opts, Out);
  }

private:
  const RuleSet &Rules;
  const ExtractOptions &Opts;
  TUFacts &Out;
};

class FactsActionFactory : public tooling::FrontendActionFactory {
public:
  FactsActionFactory(const RuleSet &Rules, const ExtractOptions &Opts, TUFacts &Out)
      : Rules(Rules), Opts(Opts), Out(Out) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<FactsAction>(Rules, Opts, Out);
  }

private:
  const RuleSet &Rules;
  const ExtractOptions &Opts;
  TUFacts &Out;
};

} // namespace

std::unique_ptr<ASTConsumer> makeFactsConsumer(const RuleSet &Rules,
                                               const ExtractOptions &Opts, TUFacts &Out) {
  return std::make_unique<FactsConsumer>(Rules, Opts, Out);
}

TUFacts extractFile(const tooling::CompilationDatabase &DB, const std::string &File,
                    const RuleSet &Rules, const ExtractOptions &Opts) {
  TUFacts Out;
  Out.MainFile = relativeTo(File, Opts.Root);
  tooling::ClangTool Tool(DB, {File});
  Tool.appendArgumentsAdjuster(tooling::getClangSyntaxOnlyAdjuster());
  Tool.appendArgumentsAdjuster(tooling::getClangStripOutputAdjuster());
  // The errors are reported by wslint, once; not also as Clang's "N errors generated".
  Tool.appendArgumentsAdjuster(
      tooling::getInsertArgumentAdjuster("-fno-caret-diagnostics", tooling::ArgumentInsertPosition::END));
  if (!Opts.ResourceDir.empty()) {
    std::string Dir = Opts.ResourceDir;
    Tool.appendArgumentsAdjuster(
        [Dir](const tooling::CommandLineArguments &Args, llvm::StringRef) {
          for (const auto &A : Args)
            if (llvm::StringRef(A).starts_with("-resource-dir"))
              return Args;
          tooling::CommandLineArguments R = Args;
          R.insert(R.begin() + 1, "-resource-dir=" + Dir);
          return R;
        });
  }
  ErrorCollector Errors(Opts, Out);
  Tool.setDiagnosticConsumer(&Errors);
  Tool.setPrintErrorMessage(false);
  FactsActionFactory Factory(Rules, Opts, Out);
  int RC = Tool.run(&Factory);
  if (RC != 0 && Out.Errors.empty()) {
    Out.Complete = false;
    Out.Errors.push_back({{Out.MainFile, 0, 0}, "could not be parsed (no compile command?)"});
  }
  return Out;
}

} // namespace wslint
