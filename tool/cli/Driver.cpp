// SPDX-License-Identifier: Apache-2.0
#include "Driver.h"
#include "../core/Support.h"
#include "../core/Suppress.h"
#include "../core/Cache.h"
#include "../extract/Extractor.h"
#include "../extract/Prefilter.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"

#include <algorithm>
#include <optional>
#include <chrono>
#include <cstdlib>
#include <mutex>
#include <set>

namespace wslint {

std::string defaultRulesDir() {
  // An installed wslint keeps its rules in <prefix>/share/wslint/rules; a build tree uses
  // the source tree's.
  std::string Exe = llvm::sys::fs::getMainExecutable(nullptr, (void *)&defaultRulesDir);
  if (!Exe.empty()) {
    llvm::SmallString<256> P(llvm::sys::path::parent_path(Exe));
    llvm::sys::path::append(P, "..", "share", "wslint", "rules");
    if (llvm::sys::fs::is_directory(P))
      return std::string(P);
  }
  return WSLINT_SOURCE_RULES_DIR;
}

namespace {

/// "[done/total] translation units, N.N s" on one terminal line, redrawn at most ten times
/// a second; nothing when stderr is not a terminal or with --quiet.
class Progress {
public:
  Progress(size_t Total, bool Enabled) : Total(Total), Enabled(Enabled && Total > 1) {}
  void done(bool FromCache) {
    std::lock_guard<std::mutex> Lock(M);
    ++Done;
    Cached += FromCache;
    if (!Enabled)
      return;
    auto Now = std::chrono::steady_clock::now();
    if (Done < Total && Now - LastDraw < std::chrono::milliseconds(100))
      return;
    LastDraw = Now;
    double Secs = std::chrono::duration<double>(Now - Start).count();
    llvm::errs() << llvm::formatv(
        "\r\x1b[2Kwslint: [{0}/{1}] translation units, {2} from the cache, {3:f1} s", Done,
        Total, Cached, Secs);
    llvm::errs().flush();
    Drawn = true;
  }
  void finish() {
    if (Drawn)
      llvm::errs() << "\r\x1b[2K";
  }

private:
  size_t Total, Done = 0, Cached = 0;
  bool Enabled, Drawn = false;
  std::mutex M;
  std::chrono::steady_clock::time_point Start = std::chrono::steady_clock::now(), LastDraw;
};

/// The deepest directory holding every file (absolute), or "." with no files.
std::string commonDirectory(const std::vector<std::string> &Files) {
  if (Files.empty())
    return ".";
  std::string Common = std::string(llvm::sys::path::parent_path(absolutePath(Files.front())));
  for (const auto &F : Files) {
    std::string Dir = std::string(llvm::sys::path::parent_path(absolutePath(F)));
    while (!Common.empty() && !(llvm::StringRef(Dir).starts_with(Common) &&
                                (Dir.size() == Common.size() || Dir[Common.size()] == '/')))
      Common = std::string(llvm::sys::path::parent_path(Common));
  }
  return Common.empty() ? "/" : Common;
}

} // namespace

llvm::Error loadSetup(const DriverOptions &Opts, Config &Cfg, RuleSet &Rules,
                      CheckFilter &Filter) {
  std::string File = Opts.ConfigFile;
  if (File.empty() && Opts.Root.empty()) {
    // Like .clang-tidy: the nearest one above the files analysed (their common directory),
    // else above the working directory.
    File = findConfigFile(commonDirectory(Opts.OnlyChanged ? Opts.ChangedFiles : Opts.Files));
  } else if (File.empty()) {
    // An explicit root is a project of its own: its config sits there or nowhere.
    llvm::SmallString<256> P(Opts.Root);
    llvm::sys::path::append(P, ".wslint.yaml");
    if (llvm::sys::fs::exists(P))
      File = std::string(P);
  }
  if (!File.empty()) {
    auto C = loadConfig(File);
    if (!C)
      return C.takeError();
    Cfg = std::move(*C);
  } else {
    Cfg = Config::defaultsFor(Opts.Root.empty() ? "." : Opts.Root);
  }
  if (!Opts.Root.empty())
    Cfg.Root = absolutePath(Opts.Root);
  auto RS =
      loadRules(Opts.RulesDir.empty() ? defaultRulesDir() : Opts.RulesDir, Cfg.rulesFiles());
  if (!RS)
    return RS.takeError();
  Rules = std::move(*RS);
  std::vector<std::string> Known = checkIds();
  auto F = CheckFilter::parse(Opts.Checks.empty() ? Cfg.Checks : Opts.Checks, Known);
  if (!F) {
    if (!Opts.Checks.empty())
      return inputError("--checks", 0, 0, llvm::toString(F.takeError()));
    return inputError(Cfg.File.empty() ? "config" : Cfg.File, Cfg.ChecksLine,
                      Cfg.ChecksColumn, llvm::toString(F.takeError()));
  }
  Filter = std::move(*F);
  return llvm::Error::success();
}

namespace {

bool isSourceFile(llvm::StringRef Path) {
  llvm::StringRef Ext = llvm::sys::path::extension(Path);
  return Ext == ".c" || Ext == ".cc" || Ext == ".cpp" || Ext == ".cxx" || Ext == ".c++" ||
         Ext == ".C" || Ext == ".m" || Ext == ".mm";
}

std::unique_ptr<clang::tooling::CompilationDatabase>
loadDatabase(const DriverOptions &Opts, std::string &Error, std::string &Found) {
  std::string Msg;
  if (!Opts.BuildDir.empty()) {
    if (!llvm::sys::fs::is_directory(Opts.BuildDir)) {
      Error = Opts.BuildDir + ": not a directory (-p names the build directory that holds "
                              "compile_commands.json)";
      return nullptr;
    }
    auto DB = clang::tooling::CompilationDatabase::loadFromDirectory(Opts.BuildDir, Msg);
    if (!DB)
      Error = Opts.BuildDir + ": no usable compile_commands.json or compile_flags.txt (" +
              Msg + "); configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON or pass -p";
    Found = Opts.BuildDir;
    return DB;
  }
  // This directory and its parents, then the usual build folders, as clangd and IDEs look
  // (pre-commit runs from the repo root).
  std::vector<std::string> Candidates;
  for (std::string D = absolutePath("."); !D.empty();
       D = std::string(llvm::sys::path::parent_path(D))) {
    Candidates.push_back(D);
    if (D == llvm::sys::path::parent_path(D))
      break;
  }
  std::vector<std::string> Builds = {"build", "out"};
  std::error_code EC;
  std::vector<std::string> CMakeBuilds;
  for (llvm::sys::fs::directory_iterator It(".", EC), End; It != End && !EC; It.increment(EC))
    if (llvm::sys::path::filename(It->path()).starts_with("cmake-build-"))
      CMakeBuilds.push_back(std::string(llvm::sys::path::filename(It->path())));
  std::sort(CMakeBuilds.begin(), CMakeBuilds.end());
  Builds.insert(Builds.end(), CMakeBuilds.begin(), CMakeBuilds.end());
  for (const auto &B : Builds)
    Candidates.push_back(absolutePath(B));
  for (const auto &Dir : Candidates) {
    for (const char *Name : {"compile_commands.json", "compile_flags.txt"}) {
      llvm::SmallString<128> P(Dir);
      llvm::sys::path::append(P, Name);
      if (!llvm::sys::fs::exists(P))
        continue;
      if (auto DB = clang::tooling::CompilationDatabase::loadFromDirectory(Dir, Msg)) {
        Found = Dir;
        return DB;
      }
    }
  }
  Error = "no compile_commands.json here, above, or in build/, out/ or cmake-build-*/: "
          "configure the build with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON (CMake), generate one "
          "with `bear -- make`, or pass -p BUILD_DIR";
  return nullptr;
}

} // namespace

namespace {

/// Parses one TU; a crash costs this TU only (reported in its facts).
TUFacts parseOne(const clang::tooling::CompilationDatabase &DB, const std::string &File,
                 const RuleSet &Rules, const ExtractOptions &XO, const std::string &Main) {
  TUFacts Out;
  llvm::CrashRecoveryContext CRC;
  bool Ok = CRC.RunSafely([&] {
    // Test-only: provoke a crash on one file (tests/cli/cli-test.sh, crash-isolation).
    if (const char *Crash = std::getenv("WSLINT_TEST_CRASH_ON");
        Crash && llvm::StringRef(File).ends_with(Crash))
      LLVM_BUILTIN_TRAP;
    Out = extractFile(DB, File, Rules, XO);
  });
  if (!Ok) {
    Out = TUFacts();
    Out.Complete = false;
    Out.Truncated = true;
    Out.Errors.push_back({{Main, 0, 0}, "the analysis crashed on this translation unit"});
  }
  Out.MainFile = Main;
  return Out;
}

/// How TUs are extracted, from the options and the config.
ExtractOptions extractOptions(const DriverOptions &Opts, const Config &Cfg) {
  ExtractOptions XO = ExtractOptions::forConfig(Cfg);
  XO.ResourceDir = WSLINT_CLANG_RESOURCE_DIR;
  XO.SkipLibraryBodies = !Opts.FullParse;
  return XO;
}

/// What became of one TU.
struct TUOutcome {
  char Skipped = 0; ///< no WebSocket header: not parsed (yet)
  char Hit = 0;     ///< from the cache
  char Demanded = 0; ///< parsed for its calls although it has no WebSocket header
  /// A skipped TU's facts from an earlier run that parsed it on demand: used if this run
  /// demands it too, never otherwise (the output is the same cold or warm).
  std::optional<TUFacts> Stashed;
};

/// One TU: from the cache when its inputs are unchanged; else skipped when the prefilter
/// finds no WebSocket header among them (unless Demand: it calls into socket code); else
/// parsed, a crash costing this TU only.
void analyseOne(const clang::tooling::CompilationDatabase &DB, const std::string &File,
                const RuleSet &Rules, const ExtractOptions &XO, const std::string &Root,
                const Prefilter *Filter, const FactCache *Cache, FileHashes &Hashes,
                std::vector<std::string> Context, bool Demand, TUFacts &Out,
                TUOutcome &R) {
  std::string Main = relativeTo(File, Root);
  if (!llvm::sys::fs::exists(File)) {
    Out.MainFile = Main;
    Out.Complete = false;
    Out.Truncated = true;
    Out.Errors.push_back({{Main, 0, 0}, "file does not exist"});
    return;
  }
  if (Demand && R.Stashed) {
    Out = std::move(*R.Stashed);
    R.Stashed.reset();
    R.Skipped = 0;
    R.Demanded = 1;
    return;
  }
  auto Commands = DB.getCompileCommands(File);
  std::string Key;
  if (Cache) {
    for (const auto &C : Commands) {
      Context.push_back(C.Directory);
      Context.insert(Context.end(), C.CommandLine.begin(), C.CommandLine.end());
    }
    Key = FactCache::key(File, Context);
    if (auto E = Demand ? std::nullopt : Cache->lookup(Key, Hashes)) {
      R.Hit = 1;
      if (E->Relevant) {
        Out = std::move(E->Facts);
        return;
      }
      Out.MainFile = Main;
      R.Skipped = 1;
      if (E->Parsed)
        R.Stashed = std::move(E->Facts);
      return;
    }
  }
  // The files the TU reads; unknown when a scan fails, and then it is parsed.
  std::optional<std::vector<std::string>> Inputs;
  if (Filter && !Commands.empty()) {
    std::vector<std::string> All;
    for (const auto &C : Commands) {
      auto Deps = Filter->dependencies(C);
      if (!Deps) {
        llvm::consumeError(Deps.takeError());
        All.clear();
        break;
      }
      All.insert(All.end(), Deps->begin(), Deps->end());
    }
    if (!All.empty()) {
      All.push_back(File);
      std::sort(All.begin(), All.end());
      All.erase(std::unique(All.begin(), All.end()), All.end());
      Inputs = std::move(All);
    }
  }
  bool Relevant = !Inputs || Filter->relevant(*Inputs);
  if (!Relevant && !Demand) {
    Out.MainFile = Main;
    R.Skipped = 1;
  } else {
    R.Skipped = 0;
    R.Demanded = !Relevant;
    Out = parseOne(DB, File, Rules, XO, Main);
  }
  // Only complete results are kept: a TU that failed is tried again next time.
  if (Cache && Inputs && Out.Complete) {
    CacheEntry E;
    E.Relevant = Relevant;
    E.Parsed = !R.Skipped;
    E.Facts = Out;
    for (const auto &F : *Inputs) {
      std::string H = Hashes.of(F);
      if (H.empty())
        return; // an input vanished meanwhile: do not cache
      E.Inputs.emplace_back(F, H);
    }
    Cache->store(Key, E);
  }
}

/// The prefilter's second round, to a fixed point: a TU without a WebSocket header that
/// writes the name of a function with a path to a socket (an entry point calling into the
/// app, a table naming a callback) is parsed for its calls; TUs that name none stay
/// skipped. Skipped[I] says which units are still skipped; Mentions(I, Names) whether
/// unit I names one of Names; Parse(Which) parses those units into Set.
void secondRound(FactSet &Set, const std::function<bool(size_t)> &Skipped,
                 const std::function<bool(size_t, const std::set<std::string> &)> &Mentions,
                 const std::function<void(const std::vector<size_t> &)> &Parse) {
  for (;;) {
    std::set<std::string> Names = namesLeadingToSockets(Set);
    std::vector<size_t> Wanted;
    for (size_t I = 0; I < Set.Units.size() && !Names.empty(); ++I)
      if (Skipped(I) && Mentions(I, Names))
        Wanted.push_back(I);
    if (Wanted.empty())
      return;
    Parse(Wanted);
  }
}

} // namespace

llvm::Expected<FactSet> extractAll(const DriverOptions &Opts, const Config &Cfg,
                                   const RuleSet &Rules, RunStats &Stats) {
  std::string DBError, DBDir;
  auto DB = loadDatabase(Opts, DBError, DBDir);
  if (!DB)
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s", DBError.c_str());
  std::vector<std::string> Files;
  if (!Opts.Files.empty()) {
    for (const auto &F : Opts.Files)
      Files.push_back(absolutePath(F));
  } else {
    for (const auto &F : DB->getAllFiles())
      if (isSourceFile(F))
        Files.push_back(absolutePath(F));
    if (Files.empty())
      return inputError(Opts.BuildDir.empty() ? "compile_commands.json" : Opts.BuildDir, 0,
                        0, "the compilation database lists no C, C++ or Objective-C files");
  }
  std::sort(Files.begin(), Files.end());
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());

  ExtractOptions XO = extractOptions(Opts, Cfg);

  // --shard K/N: every N-th TU of the sorted list, so N jobs split any database evenly.
  if (Opts.ShardCount > 1) {
    std::vector<std::string> Mine;
    for (size_t I = 0; I < Files.size(); ++I)
      if (I % Opts.ShardCount == Opts.ShardIndex - 1)
        Mine.push_back(Files[I]);
    Files = std::move(Mine);
  }

  // The cache: --cache-dir, else .wslint-cache beside compile_commands.json.
  std::optional<FactCache> Cache;
  std::string CacheDir = Opts.CacheDir;
  llvm::SmallString<256> DBFile(DBDir);
  llvm::sys::path::append(DBFile, "compile_commands.json");
  if (CacheDir.empty() && !DBDir.empty() && llvm::sys::fs::exists(DBFile)) {
    llvm::SmallString<256> D(DBDir);
    llvm::sys::path::append(D, FactCache::DefaultDirName);
    CacheDir = std::string(D);
  }
  if (!Opts.NoCache && !CacheDir.empty()) {
    auto C = FactCache::open(CacheDir, Opts.CacheBytes);
    if (!C)
      return C.takeError();
    Cache = std::move(*C);
  }
  FileHashes Hashes;
  // Everything besides the TU's own inputs that its facts depend on.
  std::vector<std::string> Context = {WSLINT_VERSION, "facts-" + std::to_string(FactsSchemaVersion), Cfg.Root, XO.ResourceDir,
                                      "library:" + llvm::join(Cfg.Library, ","),
                                      Opts.FullParse ? "full-parse" : "skip-library-bodies"};
  for (const auto &L : Rules.Libraries)
    Context.push_back(L.File + "@" + Hashes.of(absolutePath(L.File)));

  Prefilter Filter(Rules.socketHeaderGlobs(), XO.ResourceDir);
  FactSet Set;
  Set.Units.resize(Files.size());
  std::vector<TUOutcome> Outcome(Files.size());
  Progress Bar(Files.size(), !Opts.Quiet && llvm::errs().is_displayed());
  auto Run = [&](const std::vector<size_t> &Which, bool Demand) {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Opts.Jobs));
    for (size_t I : Which)
      Pool.async([&, I] {
        analyseOne(*DB, Files[I], Rules, XO, Cfg.Root, Opts.NoPrefilter ? nullptr : &Filter,
                   Cache ? &*Cache : nullptr, Hashes, Context, Demand, Set.Units[I],
                   Outcome[I]);
        if (!Demand)
          Bar.done(Outcome[I].Hit);
      });
    Pool.wait();
  };
  std::vector<size_t> All(Files.size());
  for (size_t I = 0; I < Files.size(); ++I)
    All[I] = I;
  Run(All, false);
  if (!Opts.NoPrefilter)
    secondRound(
        Set, [&](size_t I) { return Outcome[I].Skipped != 0; },
        [&](size_t I, const std::set<std::string> &Names) {
          return Filter.mentionsAny(Files[I], Names);
        },
        [&](const std::vector<size_t> &Which) { Run(Which, true); });
  Bar.finish();
  // What a failed TU names, to tell which clients its lost code could belong to; and, for
  // facts merged later (extract), what a skipped TU names, for the second round over all
  // shards.
  for (size_t I = 0; I < Files.size(); ++I) {
    Set.Units[I].Skipped = Outcome[I].Skipped;
    if (Set.Units[I].Truncated || (Outcome[I].Skipped && Opts.KeepMentions))
      Set.Units[I].Mentions = Filter.identifiers(Files[I]);
  }
  if (Cache)
    Cache->trim();
  Stats.TranslationUnits = Files.size();
  for (size_t I = 0; I < Files.size(); ++I) {
    Stats.SkippedByPrefilter += Outcome[I].Skipped;
    Stats.ParsedForCalls += Outcome[I].Demanded;
    Stats.CacheHits += Outcome[I].Hit;
    if (!Outcome[I].Skipped)
      ++Stats.Analyzed;
    if (!Set.Units[I].Complete)
      ++Stats.ParseErrors;
  }
  Set.canonicalize();
  // The whole project's facts, for the clang-tidy plugin (FactCache::storeProject); a run
  // that took every TU from the cache has nothing new to add to it.
  if (Cache && (Stats.CacheHits < Files.size() || !Cache->hasProject()))
    Cache->storeProject(Set, Cfg.Root);
  return Set;
}

llvm::Error analyse(LintResult &R, const CheckFilter &Filter, const DriverOptions &Opts) {
  R.G = buildGraph(R.Facts, R.Cfg);
  // An entry that names nothing is an error only when nothing can be missing: every TU of
  // the database analysed, none failed.
  std::vector<std::string> ConfigErrors;
  for (const auto &E : R.G.ConfigErrors)
    if (!E.Missing || (Opts.Files.empty() && R.Stats.ParseErrors == 0))
      ConfigErrors.push_back(E.Message);
  if (!ConfigErrors.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s",
                                   llvm::join(ConfigErrors, "\nwslint: error: ").c_str());
  R.Findings = runChecks(R.G, R.Cfg, Filter);
  addFixHints(R.Findings, R.Rules);
  std::vector<SuppressionFact> Comments, Unused;
  for (const auto &U : R.Facts.Units)
    Comments.insert(Comments.end(), U.Suppressions.begin(), U.Suppressions.end());
  applySuppressions(R.Findings, Comments, Opts.ReportUnusedSuppressions ? &Unused : nullptr);
  for (const auto &U : Unused) {
    Finding F;
    F.Check = "wslint-unused-nolint";
    F.Loc = U.Loc;
    F.Message = "this suppression silences no websocket finding; remove it: " + U.Text;
    F.Key = F.Check + "|" + U.Loc.File + "|" + U.Text;
    R.Findings.push_back(std::move(F));
  }
  sortFindings(R.Findings);
  // Findings in ignored paths are dropped (config `ignore:` globs, relative to the root).
  R.Findings.erase(std::remove_if(R.Findings.begin(), R.Findings.end(),
                                  [&](const Finding &F) {
                                    return matchesAnyGlob(R.Cfg.Ignore, F.Loc.File);
                                  }),
                   R.Findings.end());
  if (Opts.OnlyChanged) {
    std::vector<std::string> Changed;
    for (const auto &F : Opts.ChangedFiles)
      Changed.push_back(relativeTo(absolutePath(F), R.Cfg.Root));
    keepFindingsInvolving(R.Findings, R.Facts, Changed);
  }
  if (!Opts.WriteBaselineFile.empty()) {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Opts.WriteBaselineFile, EC);
    if (EC)
      return inputError(Opts.WriteBaselineFile, 0, 0, "cannot write: " + EC.message());
    OS << baselineToJson(R.Findings);
  }
  if (!Opts.BaselineFile.empty()) {
    auto B = loadBaseline(Opts.BaselineFile);
    if (!B)
      return B.takeError();
    R.StaleBaseline = applyBaseline(R.Findings, *B);
  }
  return llvm::Error::success();
}

llvm::Expected<LintResult> lint(const DriverOptions &Opts) {
  LintResult R;
  CheckFilter Filter;
  if (auto Err = loadSetup(Opts, R.Cfg, R.Rules, Filter))
    return std::move(Err);
  auto Facts = extractAll(Opts, R.Cfg, R.Rules, R.Stats);
  if (!Facts)
    return Facts.takeError();
  R.Facts = std::move(*Facts);
  if (auto E = analyse(R, Filter, Opts))
    return std::move(E);
  return R;
}

namespace {

std::vector<UnitError> unitErrors(const FactSet &Facts) {
  std::vector<UnitError> Out;
  for (const auto &U : Facts.Units)
    for (const auto &E : U.Errors)
      Out.push_back({U.MainFile, E});
  return Out;
}

void reportUnitErrors(const FactSet &Facts, llvm::raw_ostream &Err) {
  for (const UnitError &E : unitErrors(Facts))
    Err << "wslint: error: " << oneLine(unitErrorText(E)) << "\n";
}

int writeGraphFile(const LintResult &R, const std::string &Path, llvm::raw_ostream &Err) {
  llvm::StringRef Ext = llvm::sys::path::extension(Path);
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  if (EC) {
    Err << "wslint: error: " << Path << ": cannot write: " << EC.message() << "\n";
    return 2;
  }
  if (Ext == ".dot")
    writeDot(R.G, R.Findings, OS);
  else if (Ext == ".mmd")
    writeMermaid(R.G, R.Findings, OS);
  else if (Ext == ".json")
    writeGraphJson(R.G, OS);
  else
    writeHtml(R.G, R.Findings, OS);
  return 0;
}

int report(const LintResult &R, const DriverOptions &Opts, llvm::raw_ostream &Out,
           llvm::raw_ostream &Err) {
  reportUnitErrors(R.Facts, Err);
  if (R.Stats.TranslationUnits > 0 && R.Stats.ParseErrors == R.Stats.TranslationUnits) {
    Err << "wslint: error: none of the " << R.Stats.TranslationUnits
        << " translation units could be analysed; no results\n";
    return 2;
  }
  if (!Opts.GraphFile.empty())
    if (int RC = writeGraphFile(R, Opts.GraphFile, Err))
      return RC;
  for (const auto &K : R.StaleBaseline)
    Err << "wslint: note: " << Opts.BaselineFile
        << ": this baseline entry matches no finding any more; remove it: " << K << "\n";
  Report Rep{R.G, R.Findings, R.Rules.DecisionTable, R.Stats};
  for (const CheckInfo &C : allChecks())
    Rep.Rules.push_back({C.Id, C.Summary, checkHelp(C.Id), checkDocsUrl(C.Id)});
  Rep.Root = R.Cfg.Root;
  Rep.Version = WSLINT_VERSION;
  Rep.Errors = unitErrors(R.Facts);
  if (!Opts.SummaryFile.empty()) {
    std::error_code EC;
    llvm::raw_fd_ostream S(Opts.SummaryFile, EC, llvm::sys::fs::OF_Append);
    if (EC) {
      Err << "wslint: error: " << Opts.SummaryFile << ": cannot write: " << EC.message()
          << "\n";
      return 2;
    }
    writeSummary(Rep, S);
  }
  if (Opts.Format == "json")
    writeJson(Rep, Out);
  else if (Opts.Format == "sarif")
    writeSarif(Rep, Out);
  else if (Opts.Format == "github")
    writeGitHub(Rep, Out);
  else if (Opts.Format == "codeclimate")
    writeCodeClimate(Rep, Out);
  else
    writeText(Rep, Out);
  Out.flush();
  if (!Opts.Quiet) {
    size_t Sockets = 0;
    for (const auto &C : R.G.Clients)
      Sockets += C.Sockets.size();
    Err << "wslint: " << R.Stats.TranslationUnits << " translation unit"
        << (R.Stats.TranslationUnits == 1 ? "" : "s");
    std::vector<std::string> Details;
    if (R.Stats.SkippedByPrefilter)
      Details.push_back(std::to_string(R.Stats.SkippedByPrefilter) +
                        " without WebSocket headers skipped");
    if (R.Stats.ParsedForCalls)
      Details.push_back(std::to_string(R.Stats.ParsedForCalls) +
                        " without WebSocket headers parsed for their calls into socket code");
    if (R.Stats.CacheHits)
      Details.push_back(std::to_string(R.Stats.CacheHits) + " from the cache");
    if (R.Stats.ParseErrors)
      Details.push_back(std::to_string(R.Stats.ParseErrors) + " incomplete");
    if (!Details.empty())
      Err << " (" << llvm::join(Details, ", ") << ")";
    Err << ", " << R.G.Clients.size() << " client" << (R.G.Clients.size() == 1 ? "" : "s")
        << ", " << Sockets << " WebSocket" << (Sockets == 1 ? "" : "s") << ": ";
    if (R.Findings.empty())
      Err << "no findings\n";
    else
      Err << R.Findings.size() << " finding" << (R.Findings.size() == 1 ? "" : "s") << "\n";
  }
  if (R.Stats.ParseErrors && !Opts.AllowIncomplete && !R.Cfg.AllowIncomplete) {
    Err << "wslint: error: the analysis is incomplete: " << R.Stats.ParseErrors << " of "
        << R.Stats.TranslationUnits << " translation units could not be analysed (exit status "
        << "3; --allow-incomplete or 'allow-incomplete: true' in .wslint.yaml exits by the "
           "findings alone)\n";
    return 3;
  }
  return R.Findings.empty() ? 0 : 1;
}

} // namespace

int runLint(const DriverOptions &Opts, llvm::raw_ostream &Out, llvm::raw_ostream &Err) {
  auto R = lint(Opts);
  if (!R) {
    Err << "wslint: error: " << llvm::toString(R.takeError()) << "\n";
    return 2;
  }
  return report(*R, Opts, Out, Err);
}

int runExtract(const DriverOptions &Opts, const std::string &Output, llvm::raw_ostream &Err) {
  Config Cfg;
  RuleSet Rules;
  CheckFilter Filter;
  if (auto E = loadSetup(Opts, Cfg, Rules, Filter)) {
    Err << "wslint: error: " << llvm::toString(std::move(E)) << "\n";
    return 2;
  }
  RunStats Stats;
  DriverOptions Mine = Opts;
  Mine.KeepMentions = true;
  auto Facts = extractAll(Mine, Cfg, Rules, Stats);
  if (!Facts) {
    Err << "wslint: error: " << llvm::toString(Facts.takeError()) << "\n";
    return 2;
  }
  reportUnitErrors(*Facts, Err);
  std::error_code EC;
  llvm::raw_fd_ostream OS(Output, EC);
  if (EC) {
    Err << "wslint: error: " << Output << ": cannot write: " << EC.message() << "\n";
    return 2;
  }
  OS << toJSON(*Facts) << "\n";
  return 0;
}

int runMerge(const DriverOptions &Opts, const std::vector<std::string> &FactFiles,
             llvm::raw_ostream &Out, llvm::raw_ostream &Err) {
  LintResult R;
  CheckFilter Filter;
  if (auto E = loadSetup(Opts, R.Cfg, R.Rules, Filter)) {
    Err << "wslint: error: " << llvm::toString(std::move(E)) << "\n";
    return 2;
  }
  if (FactFiles.empty()) {
    Err << "wslint: error: merge needs at least one facts file (from 'wslint extract')\n";
    return 2;
  }
  for (const auto &F : FactFiles) {
    std::string Text;
    if (auto E = readTextFile(F, Text)) {
      Err << "wslint: error: " << llvm::toString(std::move(E)) << "\n";
      return 2;
    }
    auto V = llvm::json::parse(Text);
    if (!V) {
      Err << "wslint: error: " << F << ": not valid JSON: " << llvm::toString(V.takeError())
          << "\n";
      return 2;
    }
    FactSet Part;
    llvm::json::Path::Root Root("facts");
    if (!fromJSON(*V, Part, Root)) {
      std::string Msg;
      llvm::raw_string_ostream OS(Msg);
      Root.printErrorContext(*V, OS);
      Err << "wslint: error: " << F << ": not a wslint facts file: "
          << llvm::toString(Root.getError()) << "\n";
      return 2;
    }
    for (auto &U : Part.Units)
      R.Facts.Units.push_back(std::move(U));
  }
  R.Facts.canonicalize();
  // The second round over every shard's facts: a TU one shard skipped may call into code
  // another shard parsed. It needs the compilation database (-p).
  std::unique_ptr<clang::tooling::CompilationDatabase> DB;
  std::string DBError, DBDir;
  bool TriedDB = false;
  ExtractOptions XO = extractOptions(Opts, R.Cfg);
  std::vector<char> Demanded(R.Facts.Units.size(), 0);
  secondRound(
      R.Facts, [&](size_t I) { return R.Facts.Units[I].Skipped; },
      [&](size_t I, const std::set<std::string> &Names) {
        const auto &M = R.Facts.Units[I].Mentions;
        return std::any_of(M.begin(), M.end(), [&](const std::string &N) { return Names.count(N) != 0; });
      },
      [&](const std::vector<size_t> &Which) {
        if (!TriedDB)
          DB = loadDatabase(Opts, DBError, DBDir);
        TriedDB = true;
        for (size_t I : Which) {
          TUFacts &U = R.Facts.Units[I];
          U.Skipped = false;
          if (!DB) {
            // Reported like a TU that failed: the run is incomplete, and the clients that
            // may reach its code are marked (its Mentions are kept for that).
            U.Complete = false;
            U.Truncated = true;
            U.Errors.push_back({{U.MainFile, 0, 0},
                                "not parsed: it has no WebSocket header but calls into socket "
                                "code, and merge has no compilation database (" +
                                    DBError + "); give merge -p BUILD_DIR"});
            continue;
          }
          U = parseOne(*DB, absolutePath(U.MainFile, R.Cfg.Root), R.Rules, XO, U.MainFile);
          Demanded[I] = 1;
        }
      });
  for (size_t I = 0; I < R.Facts.Units.size(); ++I) {
    const TUFacts &U = R.Facts.Units[I];
    ++R.Stats.TranslationUnits;
    R.Stats.SkippedByPrefilter += U.Skipped;
    R.Stats.ParsedForCalls += Demanded[I];
    R.Stats.Analyzed += !U.Skipped;
    R.Stats.ParseErrors += !U.Complete;
  }
  R.Facts.canonicalize();
  if (auto E = analyse(R, Filter, Opts)) {
    Err << "wslint: error: " << llvm::toString(std::move(E)) << "\n";
    return 2;
  }
  return report(R, Opts, Out, Err);
}

} // namespace wslint
