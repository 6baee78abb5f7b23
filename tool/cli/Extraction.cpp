// SPDX-License-Identifier: Apache-2.0
#include "Extraction.h"
#include "../core/BuildTargets.h"
#include "../core/Cache.h"
#include "../core/Support.h"
#include "../extract/Prefilter.h"
#include "Database.h"
#include "Progress.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

namespace wslint {
namespace cli {

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

ExtractOptions extractOptions(const DriverOptions &Opts, const Config &Cfg) {
  ExtractOptions XO = ExtractOptions::forConfig(Cfg);
  XO.ResourceDir = WSLINT_CLANG_RESOURCE_DIR;
  XO.SkipLibraryBodies = !Opts.FullParse;
  return XO;
}

namespace {

/// What became of one TU.
struct TUOutcome {
  char Skipped = 0;  ///< no WebSocket header: not parsed (yet)
  char Hit = 0;      ///< from the cache
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
                std::vector<std::string> Context, bool Demand, TUFacts &Out, TUOutcome &R) {
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

} // namespace

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

} // namespace cli

using namespace cli;

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
      return inputError(Opts.BuildDir.empty() ? "compile_commands.json" : Opts.BuildDir, 0, 0,
                        "the compilation database lists no C, C++ or Objective-C files");
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
  // The running binary itself, not only its version: a build between releases that
  // extracts differently must not read facts an earlier build stored.
  static const std::string Binary =
      Hashes.of(llvm::sys::fs::getMainExecutable(nullptr, (void *)&extractOptions));
  std::vector<std::string> Context = {WSLINT_VERSION,
                                      "binary@" + Binary,
                                      "facts-" + std::to_string(FactsSchemaVersion),
                                      Cfg.Root,
                                      XO.ResourceDir,
                                      "library:" + llvm::join(Cfg.Library, ","),
                                      "own-code:" + llvm::join(Cfg.OwnCode, ","),
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
  // The build's targets tell programs apart (merge/Clients.h); a CMake build that has not
  // described them yet is asked to, at its next configure.
  if (!DBDir.empty()) {
    auto Targets = readCMakeTargets(DBDir, Cfg.Root);
    if (!Targets)
      Stats.Notes.push_back(llvm::toString(Targets.takeError()) +
                            "; programs are told apart by what links what");
    else if (*Targets)
      Set.Targets = std::move(**Targets);
    else if (requestCMakeTargets(DBDir))
      Stats.Notes.push_back(
          "asked CMake to describe the build's targets (" + DBDir +
          "/.cmake/api/v1/query/codemodel-v2); run the configure step again and wslint "
          "takes each program and its name from its target");
  }
  Set.canonicalize();
  // The whole project's facts, for the clang-tidy plugin (FactCache::storeProject); a run
  // that took every TU from the cache has nothing new to add to it.
  if (Cache && (Stats.CacheHits < Files.size() || !Cache->hasProject()))
    Cache->storeProject(Set, Cfg.Root);
  return Set;
}

} // namespace wslint
