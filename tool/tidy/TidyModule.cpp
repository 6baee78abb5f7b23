// SPDX-License-Identifier: Apache-2.0
// wslint's checks as a clang-tidy module: `clang-tidy-19 --load=libwslint-tidy.so
// --checks='-*,websocket-*'`. clang-tidy parses the TU; the extractor turns its AST into
// facts, and the same merge, graph and checks as the command line decide. A TU is not the
// whole program. When an earlier command-line run left the project's facts in its cache
// (FactCache::storeProject), the TU's fresh facts replace its own there and every check
// runs on the whole program, as clangd's background index answers across files. Without
// them only what one TU can decide is reported: endpoint findings always, the others for
// clients whose every reachable function this TU defines (Client::SelfContained), and a
// remark (informational, not a warning) says once that a command-line run enables the rest.
// Same check ids, messages and citations as the command line.
#include "../../checks/Registry.h"
#include "../core/Cache.h"
#include "../core/Config.h"
#include "../core/Report.h"
#include "../core/Support.h"
#include "../extract/Extractor.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <dlfcn.h>
#include <map>
#include <memory>

using namespace clang;
using namespace clang::tidy;

namespace wslint {
namespace {

/// The directory clang-tidy was started in, read when the plugin is loaded: clang-tidy
/// later changes into each compile command's directory (the build directory), but a
/// project without a .wslint.yaml is the directory the user ran it from, as on the command
/// line, whose cache records that root (tests/cli/objc-test.sh).
const std::string StartDir = absolutePath(".");

/// The rules the plugin uses when no option names a directory: next to an installed
/// plugin (<prefix>/lib/… → <prefix>/share/wslint/rules), else the source tree's.
std::string pluginRulesDir() {
  Dl_info Info;
  if (dladdr(reinterpret_cast<void *>(&pluginRulesDir), &Info) && Info.dli_fname) {
    llvm::SmallString<256> P(llvm::sys::path::parent_path(Info.dli_fname));
    llvm::sys::path::append(P, "..", "share", "wslint", "rules");
    if (llvm::sys::fs::is_directory(P))
      return std::string(P);
  }
  return WSLINT_SOURCE_RULES_DIR;
}

/// One finding as clang-tidy will print it.
struct TidyFinding {
  Finding F;
  std::string Citation;
};

/// The analysis of one TU, shared by every wslint check of the clang-tidy run: the first
/// check to see a TU runs the pipeline, the others read its findings.
class Session {
public:
  struct Settings {
    std::string ConfigFile, RulesDir, CacheDir;
  };

  /// Set when the last TU ran without the project's facts and withheld findings for that;
  /// NoteSaid once the remark saying so has been given (once per run).
  bool Withheld = false, NoteSaid = false;

  /// Findings for this TU, or an error (bad config or rules) to report once.
  const std::vector<TidyFinding> &analyse(ASTContext &Ctx, const Settings &S,
                                          std::string &Error) {
    const SourceManager &SM = Ctx.getSourceManager();
    std::string Main;
    if (auto FE = SM.getFileEntryRefForID(SM.getMainFileID()))
      Main = std::string(FE->getName());
    if (&Ctx == LastContext && Main == LastMain) {
      Error = LastError;
      return Findings;
    }
    LastContext = &Ctx;
    LastMain = Main;
    Findings.clear();
    LastError.clear();
    run(Ctx, S, Main);
    Error = LastError;
    return Findings;
  }

private:
  void run(ASTContext &Ctx, const Settings &S, const std::string &Main) {
    // The config like .clang-tidy: the option's file, else the nearest .wslint.yaml above
    // the main file; without one the project is the working directory, as on the command
    // line.
    Config Cfg;
    std::string File = S.ConfigFile;
    if (File.empty())
      File = findConfigFile(std::string(llvm::sys::path::parent_path(absolutePath(Main))));
    if (!File.empty()) {
      auto C = loadConfig(File);
      if (!C) {
        LastError = llvm::toString(C.takeError());
        return;
      }
      Cfg = std::move(*C);
    } else {
      Cfg = Config::defaultsFor(StartDir);
    }
    auto Rules = loadRules(S.RulesDir.empty() ? pluginRulesDir() : S.RulesDir, Cfg.rulesFiles());
    if (!Rules) {
      LastError = llvm::toString(Rules.takeError());
      return;
    }
    ExtractOptions Opts = ExtractOptions::forConfig(Cfg);
    TUFacts Fresh;
    extractFromAST(Ctx, *Rules, Opts, Fresh);
    bool Complete = Fresh.Complete;
    // The project's facts from the last command-line run, this TU's replaced by today's.
    FactSet Facts;
    std::optional<FactSet> Project = projectFacts(Ctx, S, Cfg.Root);
    if (Project)
      for (TUFacts &U : Project->Units)
        if (U.MainFile != Fresh.MainFile)
          Facts.Units.push_back(std::move(U));
    Facts.Units.push_back(std::move(Fresh));
    Facts.canonicalize(); // as the command line: facts in source order
    Graph G = buildGraph(Facts, Cfg);
    // A check runs when the config's `checks` and clang-tidy's --checks both enable it.
    std::vector<std::string> Known = checkIds();
    auto Enabled = CheckFilter::parse(Cfg.Checks, Known);
    if (!Enabled) {
      LastError = Cfg.File + ": " + llvm::toString(Enabled.takeError());
      return;
    }
    std::map<std::string, const Client *> Clients;
    for (const auto &C : G.Clients)
      Clients[C.Name] = &C;
    std::map<std::string, Scope> Scopes;
    for (const auto &C : allChecks())
      Scopes[C.Id] = C.CheckScope;
    std::vector<Finding> All = runChecks(G, Cfg, *Enabled);
    addFixHints(All, *Rules);
    Withheld = false;
    for (Finding &F : All) {
      const Client *C = Clients[F.Client];
      bool Decidable = Scopes[F.Check] == Scope::Site ||
                       (Complete && C && (Project || C->SelfContained));
      if (!Decidable && !Project)
        Withheld = true;
      if (!Decidable || matchesAnyGlob(Cfg.Ignore, F.Loc.File))
        continue;
      // clang-tidy wants files; findings name them relative to the project root.
      F.Loc.File = absolutePath(F.Loc.File, Cfg.Root);
      for (Note &N : F.Notes)
        if (N.Loc.valid())
          N.Loc.File = absolutePath(N.Loc.File, Cfg.Root);
      std::string Citation = citationText(Rules->DecisionTable, F.Citation);
      Findings.push_back({std::move(F), std::move(Citation)});
    }
  }

  /// The project's facts: in the option's cache directory, else in .wslint-cache of the
  /// compile command's directory (the build directory holding compile_commands.json, where
  /// the command line keeps its cache by default) or of a directory above it.
  static std::optional<FactSet> projectFacts(ASTContext &Ctx, const Settings &S,
                                             const std::string &Root) {
    if (!S.CacheDir.empty())
      return FactCache::loadProject(absolutePath(S.CacheDir, Root), Root);
    auto CWD = Ctx.getSourceManager()
                   .getFileManager()
                   .getVirtualFileSystem()
                   .getCurrentWorkingDirectory();
    if (!CWD)
      return std::nullopt;
    for (llvm::StringRef D = *CWD; !D.empty(); D = llvm::sys::path::parent_path(D)) {
      llvm::SmallString<256> Dir(D);
      llvm::sys::path::append(Dir, FactCache::DefaultDirName);
      if (llvm::sys::fs::is_directory(Dir))
        return FactCache::loadProject(std::string(Dir), Root);
    }
    return std::nullopt;
  }

  const ASTContext *LastContext = nullptr;
  std::string LastMain, LastError;
  std::vector<TidyFinding> Findings;
};

class WslintTidyCheck : public ClangTidyCheck {
public:
  WslintTidyCheck(llvm::StringRef Name, ClangTidyContext *Context,
                  std::shared_ptr<Session> Shared)
      : ClangTidyCheck(Name, Context), Shared(std::move(Shared)) {
    Settings.ConfigFile = Options.getLocalOrGlobal("WslintConfigFile", "");
    Settings.RulesDir = Options.getLocalOrGlobal("WslintRulesDir", "");
    Settings.CacheDir = Options.getLocalOrGlobal("WslintCacheDir", "");
  }

  void storeOptions(ClangTidyOptions::OptionMap &Opts) override {
    Options.store(Opts, "WslintConfigFile", Settings.ConfigFile);
    Options.store(Opts, "WslintRulesDir", Settings.RulesDir);
    Options.store(Opts, "WslintCacheDir", Settings.CacheDir);
  }

  void registerMatchers(ast_matchers::MatchFinder *Finder) override {
    Finder->addMatcher(ast_matchers::translationUnitDecl().bind("tu"), this);
  }

  void check(const ast_matchers::MatchFinder::MatchResult &Result) override {
    ASTContext &Ctx = *Result.Context;
    std::string Error;
    const auto &Findings = Shared->analyse(Ctx, Settings, Error);
    if (!Error.empty()) {
      configurationDiag("wslint: %0") << Error;
      return;
    }
    SourceManager &SM = Ctx.getSourceManager();
    for (const TidyFinding &T : Findings) {
      if (T.F.Check != getID())
        continue;
      SourceLocation Loc = location(SM, T.F.Loc);
      if (Loc.isInvalid())
        continue; // not in a file this TU read
      diag(Loc, "%0") << oneLine(T.F.Message);
      for (const Note &N : T.F.Notes) {
        // A note with no place (a fix hint, the clients) stays without one, as on the
        // command line; one in a file this TU did not read is shown at the finding.
        SourceLocation NL = location(SM, N.Loc);
        diag(NL.isValid() || !N.Loc.valid() ? NL : Loc, "%0", DiagnosticIDs::Note)
            << oneLine(N.Message);
      }
      if (!T.Citation.empty())
        diag(SourceLocation(), "%0", DiagnosticIDs::Note) << T.Citation; // as on the CLI
    }
    if (Shared->Withheld && !Shared->NoteSaid) {
      Shared->NoteSaid = true;
      configurationDiag("wslint: checks that need the whole client ran only for clients this "
                        "file holds whole; run 'wslint -p <build dir>' once, and the plugin "
                        "reads the project's facts from its cache for every client",
                        DiagnosticIDs::Remark); // informs; not a warning
    }
  }

private:
  static SourceLocation location(SourceManager &SM, const SourceLoc &L) {
    if (!L.valid())
      return {};
    auto FE = SM.getFileManager().getOptionalFileRef(L.File);
    if (!FE)
      return {};
    return SM.translateFileLineCol(*FE, L.Line, L.Column);
  }

  std::shared_ptr<Session> Shared;
  Session::Settings Settings;
};

class WslintModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    auto Shared = std::make_shared<Session>();
    for (const auto &C : allChecks())
      Factories.registerCheckFactory(
          C.Id, [Shared](llvm::StringRef Name, ClangTidyContext *Context) {
            return std::make_unique<WslintTidyCheck>(Name, Context, Shared);
          });
  }
};

ClangTidyModuleRegistry::Add<WslintModule> Registration("wslint-module",
                                                        "wslint's WebSocket design checks.");

} // namespace
} // namespace wslint
