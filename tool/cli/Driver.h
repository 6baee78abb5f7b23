// SPDX-License-Identifier: Apache-2.0
// The pipeline behind every command: plan → extract → merge → check → report.
// A library, so the scenario tests run exactly what the command line runs.
#pragma once

#include "../../checks/Registry.h"
#include "../core/Check.h"
#include "../core/Config.h"
#include "../core/Facts.h"
#include "../core/Graph.h"
#include "../core/Report.h"
#include "../core/Rules.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace wslint {

struct DriverOptions {
  std::string BuildDir;           ///< -p: holds compile_commands.json or compile_flags.txt
  std::vector<std::string> Files; ///< TUs to analyse (default: all in the database)
  std::string ConfigFile;         ///< --config-file (default: nearest .wslint.yaml)
  std::string Checks;             ///< --checks, overrides the config
  std::string RulesDir;           ///< default: the build tree's or the installed rules
  std::string Root;               ///< project root override (tests); default from config
  std::string Format = "text";    ///< text, json, sarif, github, codeclimate
  unsigned Jobs = 0;              ///< 0 = one per core
  bool Quiet = false;
  /// --allow-incomplete: the exit status says only whether there are findings, even when
  /// some TUs could not be analysed (else exit 3).
  bool AllowIncomplete = false;
  bool FullParse = false;         ///< parse library function bodies too (for comparison)
  std::string GraphFile;          ///< --graph: .dot, .mmd, .json or .html
  std::string SummaryFile;        ///< --summary: Markdown appended (GITHUB_STEP_SUMMARY)
  std::string BaselineFile;       ///< --baseline: accepted findings to drop
  std::string WriteBaselineFile;  ///< --write-baseline: record today's findings
  bool ReportUnusedSuppressions = false;
  /// --changed (pre-commit): analyse the whole database, report only the findings that
  /// involve ChangedFiles.
  bool OnlyChanged = false;
  std::string CacheDir;           ///< --cache-dir (default: beside compile_commands.json)
  bool NoCache = false;           ///< --no-cache
  uint64_t CacheBytes = 1ull << 30; ///< --cache-size, in bytes
  bool NoPrefilter = false;       ///< --no-prefilter: parse every TU (benchmarks, tests)
  /// Keep what skipped TUs name (extract: the second round runs again over all shards).
  bool KeepMentions = false;
  unsigned ShardIndex = 1, ShardCount = 1; ///< --shard K/N (extract)
  std::vector<std::string> ChangedFiles;
};

/// What one analysis produced, before formatting.
struct LintResult {
  std::vector<std::string> StaleBaseline; ///< baseline keys no finding matched
  Config Cfg;
  RuleSet Rules;
  FactSet Facts;
  Graph G;
  std::vector<Finding> Findings;
  RunStats Stats;
};

/// Loads config, rules and the check filter as the options say.
llvm::Error loadSetup(const DriverOptions &Opts, Config &Cfg, RuleSet &Rules,
                      CheckFilter &Filter);

/// Extracts the facts of the options' TUs. Per-TU failures are inside the facts.
llvm::Expected<FactSet> extractAll(const DriverOptions &Opts, const Config &Cfg,
                                   const RuleSet &Rules, RunStats &Stats);

/// The whole analysis: extract (or take Facts when given), merge, check.
llvm::Expected<LintResult> lint(const DriverOptions &Opts);

/// Graph and findings from already extracted facts.
llvm::Error analyse(LintResult &R, const CheckFilter &Filter, const DriverOptions &Opts);

/// Command implementations: return the process exit code (0 clean, 1 findings, 2 error,
/// 3 incomplete: some TU could not be analysed, unless allowed).
int runLint(const DriverOptions &Opts, llvm::raw_ostream &Out, llvm::raw_ostream &Err);
int runExtract(const DriverOptions &Opts, const std::string &Output, llvm::raw_ostream &Err);
int runMerge(const DriverOptions &Opts, const std::vector<std::string> &FactFiles,
             llvm::raw_ostream &Out, llvm::raw_ostream &Err);

/// The rules directory used when none is given.
std::string defaultRulesDir();

} // namespace wslint
