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
//
// The extractor is components over one TU context, the shape Clang 19 gave Sema (SemaBase,
// and SemaObjC, SemaCUDA, … owned by Sema). TUContext is what all of them share: the AST,
// the rules, the options, which code is the user's, the facts being written. Each component
// answers one question, holds a reference to the context and to the few components it
// asks, and says which in its constructor:
//   AstUtil            names, USRs, types, which code is the user's (free functions)
//   BoundaryComments   boundary annotations in comments
//   PlaceReader        where a node sits: its function, loops, branch arms, conditions
//   LocalReader        what a function does with a local: reassigns it, lets it escape
//   CallReader         calls as the rules see them, and whether a pattern matches
//   SlotFlow           the slot behind an expression: aliases, getters, factories, results
//   ValueReader        values the code states: strings, option structs, setting flags
//   EndpointReader     what an opening call reaches through its arguments: endpoints, handles
//   DelayReader        delays and timers, how delays grow, loops that wait
//   BindingRecorder    slots carried across calls (parameters, getters, returns)
//   InstanceRecorder   instances of the user's classes, and how long they live
//   HandlerRecorder    close handlers, retry schedulers, per-request callbacks
//   SiteRecorder       sites, evidence and makers of sockets
//   RuleMatcher        the matchers built from the rules, and which component hears a call
//   CallGraph          functions, entry points and call edges
// FactsConsumer below owns them, in that order, and runs them over one TU; the rest of this
// file drives it over a compilation database.
#include "Extractor.h"
#include "CallGraph.h"
#include "RuleMatcher.h"
#include "ReasonReader.h"
#include "../core/Support.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <map>
#include <set>

using namespace clang;
using namespace clang::ast_matchers;

namespace wslint {
namespace {

using namespace extract;

class FactsConsumer : public ASTConsumer {
public:
  /// The kind of client a compile target implies: phones, watches and TVs are mobile
  /// clients; WebAssembly runs in a browser.
  static std::string targetKind(const llvm::Triple &T) {
    if (T.isiOS() || T.isTvOS() || T.isWatchOS() || T.isAndroid())
      return clientKindName(ClientKind::Mobile);
    if (T.isWasm() || T.isOSEmscripten())
      return clientKindName(ClientKind::Browser);
    return "";
  }

  FactsConsumer(const RuleSet &Rules, const ExtractOptions &Opts, TUFacts &Out)
      : Rules(Rules), Opts(Opts), Out(Out), TU(Rules, Opts, Out), Comments(TU), Places(TU), Locals(TU),
        Calls(TU, Locals), Slots(TU, Places, Locals, Comments), Values(TU, Locals),
        Endpoints(TU, Places, Calls, Values, Slots), Delays(TU, Places, Calls),
        Bindings(TU, Places, Calls, Slots), Instances(TU, Places, Locals, Slots, Comments),
        Handlers(TU, Places, Calls), Sites(TU, Places, Calls, Slots, Values, Endpoints, Comments, Delays),
        Matches(TU, Places, Calls, Slots, Endpoints, Delays, Bindings, Sites, Handlers),
        Graph(TU, Places, Calls, Delays, Bindings, Instances, Handlers), Reasons(TU, Places) {
    Matches.registerMatchers(Finder);
  }

  /// Bodies of library functions (CodeOwnership) never hold facts:
  /// skipping them spares the parse and, above all, the template instantiation of library
  /// internals. Sema still parses bodies it needs (constexpr, deduced return types).
  bool shouldSkipFunctionBody(Decl *D) override {
    return ownership(D->getASTContext().getSourceManager()).isLibrary(D->getLocation()) &&
           !isFactory(D);
  }

  void HandleTranslationUnit(ASTContext &Ctx) override {
    TU.setAST(Ctx);
    TU.setOwnership(ownership(Ctx.getSourceManager()));
    const SourceManager &SM = Ctx.getSourceManager();
    if (auto FE = SM.getFileEntryRefForID(SM.getMainFileID()))
      Out.MainFile = projectPath(SM, FE->getName(), Opts.Root);
    Out.TargetKind = targetKind(Ctx.getTargetInfo().getTriple());
    excludeDataTables(Ctx);
    Finder.matchAST(Ctx);
    // Delays are classified once every assignment is seen; sends once every delay is.
    Delays.finish();
    Sites.finish();
    Graph.build();
    // Makers need the bindings the call graph records.
    Sites.finishMakers();
    // Close events delivered as a reason: their code becomes a handler node of its own.
    Reasons.finish();
    const auto Entered = enteredFiles(SM);
    collectSuppressions(SM, Entered);
    collectReads(SM, Entered);
    Out.Vendored = ownership(SM).copiesRead();
  }

private:
  /// The standard factories (make_unique, make_shared, allocate_shared) are parsed: the
  /// constructor call inside is what makes Sema use the made class's vtable and so
  /// instantiate the virtual members of a class template made with one. Skipped, a socket
  /// opened in such a member was never seen and the run was clean
  /// (test-inputs/whole-program/template-socket-through-virtual-call).
  static bool isFactory(const Decl *D) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D))
      FD = FTD->getTemplatedDecl();
    if (!FD || !FD->getIdentifier())
      return false;
    // The unqualified name first: this is asked for every library function body.
    llvm::StringRef Name = FD->getName();
    if (llvm::none_of(FactoryFunctions,
                      [&](llvm::StringRef F) { return F.rsplit("::").second == Name; }))
      return false;
    return llvm::is_contained(FactoryFunctions, qualifiedName(FD));
  }

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

  /// The files the TU entered, by name relative to the root, each with its first FileID.
  /// One pass over the TU's source-location entries: SourceManager::translateFile scans
  /// them all for each file it is asked about, which took a tenth of a Beast TU's time when
  /// asked for each of its thousand headers.
  std::map<std::string, FileID> enteredFiles(const SourceManager &SM) const {
    std::map<std::string, FileID> Files;
    for (unsigned I = 0, N = SM.local_sloc_entry_size(); I < N; ++I) {
      const SrcMgr::SLocEntry &E = SM.getLocalSLocEntry(I);
      if (!E.isFile())
        continue;
      auto FE = E.getFile().getContentCache().OrigEntry;
      if (!FE)
        continue;
      FileID FID = SM.getFileID(SourceLocation::getFromRawEncoding(E.getOffset()));
      Files.emplace(projectPath(SM, FE->getName(), Opts.Root), FID);
    }
    return Files;
  }

  /// NOLINT comments of the files findings can point into: the main file and every file
  /// holding a site, evidence, a handler, a delay or an instantiation.
  void collectSuppressions(const SourceManager &SM,
                           const std::map<std::string, FileID> &Entered) {
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
      auto It = Entered.find(File);
      if (It == Entered.end())
        continue;
      bool Invalid = false;
      llvm::StringRef Buf = SM.getBufferData(It->second, &Invalid);
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
  void collectReads(const SourceManager &SM, const std::map<std::string, FileID> &Entered) {
    const CodeOwnership &Own = ownership(SM);
    for (const auto &[File, FID] : Entered)
      if (FID != SM.getMainFileID() && !Own.isLibrary(SM.getLocForStartOfFile(FID)))
        Out.Reads.push_back(File);
  }

  const CodeOwnership &ownership(const SourceManager &SM) {
    if (!Owner)
      Owner.emplace(SM, Opts.Root, Opts.LibraryGlobs,
                    VendoredCopies(Rules, Opts.Root, Opts.OwnCodeGlobs));
    return *Owner;
  }

  const RuleSet &Rules;
  const ExtractOptions &Opts;
  TUFacts &Out;
  TUContext TU;
  BoundaryComments Comments;
  PlaceReader Places;
  LocalReader Locals;
  CallReader Calls;
  SlotFlow Slots;
  ValueReader Values;
  EndpointReader Endpoints;
  DelayReader Delays;
  BindingRecorder Bindings;
  InstanceRecorder Instances;
  HandlerRecorder Handlers;
  SiteRecorder Sites;
  RuleMatcher Matches;
  CallGraph Graph;
  ReasonReader Reasons;
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
    if (Level == DiagnosticsEngine::Fatal)
      Out.Truncated = true; // Clang stops parsing the TU here
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
        E.Loc = {projectPath(SM, P.getFilename(), Opts.Root), P.getLine(), P.getColumn()};
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
  // A file system of its own whose working directory is not the process's: ClangTool moves
  // the working directory to each command's directory, and on the real file system that is
  // chdir, which races with the other threads' TUs and with the relative paths the driver
  // reads after the run (-p build: tests/cli/programs-test.sh run beside other tests).
  tooling::ClangTool Tool(DB, {File}, std::make_shared<PCHContainerOperations>(),
                          llvm::vfs::createPhysicalFileSystem());
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
    Out.Truncated = true;
    Out.Errors.push_back({{Out.MainFile, 0, 0}, "could not be parsed (no compile command?)"});
  }
  return Out;
}

} // namespace wslint
