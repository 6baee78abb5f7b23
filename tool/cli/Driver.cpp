// SPDX-License-Identifier: Apache-2.0
// The commands, as the stages they run: setup (Setup.cpp), extraction (Extraction.cpp),
// analysis (below: graph, checks, suppressions, baseline), reporting (Reporting.cpp).
#include "Driver.h"
#include "../core/Support.h"
#include "../core/Suppress.h"
#include "../core/VendoredCopies.h"
#include "Database.h"
#include "Extraction.h"
#include "Reporting.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"

#include <algorithm>

namespace wslint {

using namespace cli;

llvm::Error analyse(LintResult &R, const CheckFilter &Filter, const DriverOptions &Opts) {
  R.Stats.Vendored = copiesIn(R.Facts);
  if (!R.Stats.Vendored.empty())
    R.Stats.Notes.push_back(describeCopies(R.Stats.Vendored));
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
      Err << "wslint: error: " << F
          << ": not a wslint facts file: " << llvm::toString(Root.getError()) << "\n";
      return 2;
    }
    for (auto &U : Part.Units)
      R.Facts.Units.push_back(std::move(U));
    // Every shard's facts carry the build's targets; one copy of each.
    for (auto &T : Part.Targets)
      if (std::none_of(R.Facts.Targets.begin(), R.Facts.Targets.end(),
                       [&](const BuildTarget &Have) { return Have.Name == T.Name; }))
        R.Facts.Targets.push_back(std::move(T));
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
        return std::any_of(M.begin(), M.end(),
                           [&](const std::string &N) { return Names.count(N) != 0; });
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
