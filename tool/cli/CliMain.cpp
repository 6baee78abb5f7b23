// SPDX-License-Identifier: Apache-2.0
// Command-line options (llvm::cl, one category; LLVM's own options hidden).
#include "CliMain.h"
#include "Driver.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace wslint {

namespace cl = llvm::cl;

int cliMain(int argc, const char **argv) {
  llvm::InitLLVM X(argc, argv);
  llvm::CrashRecoveryContext::Enable(); // a crash on one TU is reported, the run goes on
  cl::OptionCategory Cat("wslint options");
  cl::SubCommand Extract("extract", "Extract facts of the translation units to a file");
  cl::SubCommand Merge("merge", "Build the graph from facts files, check and report");

  cl::SubCommandGroup Both({&cl::SubCommand::getTopLevel(), &Extract});
  cl::SubCommandGroup Reporting({&cl::SubCommand::getTopLevel(), &Merge});
  cl::SubCommandGroup All({&cl::SubCommand::getTopLevel(), &Extract, &Merge});

  cl::opt<std::string> BuildDir("p", cl::desc("Build directory holding compile_commands.json"),
                                cl::value_desc("dir"), cl::cat(Cat), cl::sub(All));
  cl::list<std::string> Files(cl::Positional, cl::desc("[file ...]"), cl::cat(Cat),
                              cl::sub(Both));
  cl::list<std::string> FactFiles(cl::Positional, cl::desc("facts.json ..."), cl::cat(Cat),
                                  cl::sub(Merge));
  cl::opt<std::string> ConfigFile("config-file",
                                  cl::desc("Use this config instead of the nearest .wslint.yaml"),
                                  cl::value_desc("file"), cl::cat(Cat), cl::sub(All));
  cl::opt<std::string> Checks("checks",
                              cl::desc("Check globs, e.g. '-*,websocket-missing-heartbeat' "
                                       "(overrides the config)"),
                              cl::cat(Cat), cl::sub(Reporting));
  cl::opt<std::string> Format("format",
                              cl::desc("Output format: text, json, sarif (GitHub code "
                                       "scanning), github (workflow annotations) or "
                                       "codeclimate (GitLab code quality)"),
                              cl::init("text"), cl::cat(Cat), cl::sub(Reporting));
  cl::opt<std::string> SummaryFile(
      "summary",
      cl::desc("Append a Markdown summary with the graph to FILE ($GITHUB_STEP_SUMMARY)"),
      cl::value_desc("file"), cl::cat(Cat), cl::sub(Reporting));
  cl::opt<std::string> GraphFile("graph",
                                 cl::desc("Write the connection graph to FILE: .dot, .mmd, "
                                          ".json or .html, by extension"),
                                 cl::value_desc("file"), cl::cat(Cat), cl::sub(Reporting));
  cl::opt<std::string> BaselineFile(
      "baseline", cl::desc("Drop findings recorded in this baseline; report stale entries"),
      cl::value_desc("file"), cl::cat(Cat), cl::sub(Reporting));
  cl::opt<std::string> WriteBaselineFile(
      "write-baseline", cl::desc("Record the findings in a baseline file (keys without lines)"),
      cl::value_desc("file"), cl::cat(Cat), cl::sub(Reporting));
  cl::opt<bool> ReportUnused("report-unused-suppressions",
                             cl::desc("Report NOLINT comments for websocket checks that "
                                      "silence nothing"),
                             cl::cat(Cat), cl::sub(Reporting));
  cl::opt<std::string> RulesDir("rules-dir", cl::desc("Directory of library rules files"),
                                cl::value_desc("dir"), cl::cat(Cat), cl::sub(All));
  cl::opt<unsigned> Jobs("j", cl::desc("Worker threads (default: one per core)"),
                         cl::init(0), cl::Prefix, cl::cat(Cat), cl::sub(Both));
  cl::opt<std::string> Output("o", cl::desc("Facts output file"), cl::value_desc("file"),
                              cl::cat(Cat), cl::sub(Extract));
  cl::opt<std::string> CacheDir(
      "cache-dir",
      cl::desc("Fact cache directory (default: .wslint-cache beside compile_commands.json)"),
      cl::value_desc("dir"), cl::cat(Cat), cl::sub(Both));
  cl::opt<bool> NoCache("no-cache", cl::desc("Neither read nor write the fact cache"),
                        cl::cat(Cat), cl::sub(Both));
  cl::opt<unsigned> CacheSize("cache-size", cl::desc("Bound of the fact cache in MiB"),
                              cl::init(1024), cl::value_desc("MiB"), cl::cat(Cat),
                              cl::sub(Both));
  cl::opt<bool> NoPrefilter("no-prefilter",
                            cl::desc("Parse every TU, even those that include no WebSocket "
                                     "header (for comparisons)"),
                            cl::cat(Cat), cl::sub(Both), cl::Hidden);
  cl::opt<std::string> Shard("shard",
                             cl::desc("Extract only shard K of N (every N-th TU), for a CI "
                                      "matrix; merge the shards with `wslint merge`"),
                             cl::value_desc("K/N"), cl::cat(Cat), cl::sub(Extract));
  cl::opt<bool> Quiet("quiet", cl::desc("No summary line on stderr"), cl::cat(Cat),
                      cl::sub(Reporting));
  cl::opt<bool> AllowIncomplete(
      "allow-incomplete",
      cl::desc("Exit 0 or 1 by the findings alone even when some translation units could not "
               "be analysed (default: exit 3 then; config: allow-incomplete: true)"),
      cl::cat(Cat), cl::sub(Reporting));
  cl::opt<bool> Changed("changed",
                        cl::desc("The files given are changes (pre-commit): analyse every TU "
                                 "in the database, report the findings that involve them"),
                        cl::cat(Cat));
  cl::opt<bool> FullParse("full-parse",
                          cl::desc("Also parse the bodies of library functions (slower; the "
                                   "facts are the same)"),
                          cl::cat(Cat), cl::sub(Both), cl::Hidden);
  cl::opt<bool> ListChecks("list-checks", cl::desc("List the checks and exit"), cl::cat(Cat));
  cl::opt<bool> DumpConfig("dump-config",
                           cl::desc("Print the effective configuration and exit"), cl::cat(Cat));
  cl::opt<bool> VerifyConfig("verify-config",
                             cl::desc("Check the configuration and rules, then exit"),
                             cl::cat(Cat));

  cl::HideUnrelatedOptions(Cat);
  cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "wslint " << WSLINT_VERSION << " (LLVM " << LLVM_VERSION_STRING << ")\n";
  });
  if (!cl::ParseCommandLineOptions(argc, argv,
                                   "wslint: an architecture linter for WebSocket clients\n",
                                   &llvm::errs()))
    return 2;

  DriverOptions Opts;
  Opts.BuildDir = BuildDir;
  if (Changed) {
    Opts.OnlyChanged = true;
    Opts.ChangedFiles.assign(Files.begin(), Files.end());
  } else {
    Opts.Files.assign(Files.begin(), Files.end());
  }
  Opts.ConfigFile = ConfigFile;
  Opts.Checks = Checks;
  Opts.RulesDir = RulesDir;
  Opts.Jobs = Jobs;
  Opts.Quiet = Quiet;
  Opts.AllowIncomplete = AllowIncomplete;
  Opts.FullParse = FullParse;
  Opts.CacheDir = CacheDir;
  Opts.NoCache = NoCache;
  Opts.CacheBytes = uint64_t(CacheSize) << 20;
  Opts.NoPrefilter = NoPrefilter;
  if (!Shard.empty()) {
    auto [K, N] = llvm::StringRef(Shard).split('/');
    unsigned Index = 0, Count = 0;
    if (K.getAsInteger(10, Index) || N.getAsInteger(10, Count) || Count == 0 || Index == 0 ||
        Index > Count) {
      llvm::errs() << "wslint: error: --shard " << Shard
                   << ": expected K/N with 1 <= K <= N, e.g. --shard 2/8\n";
      return 2;
    }
    Opts.ShardIndex = Index;
    Opts.ShardCount = Count;
  }
  Opts.Format = Format;
  Opts.GraphFile = GraphFile;
  Opts.SummaryFile = SummaryFile;
  Opts.BaselineFile = BaselineFile;
  Opts.WriteBaselineFile = WriteBaselineFile;
  Opts.ReportUnusedSuppressions = ReportUnused;
  if (!Opts.GraphFile.empty()) {
    llvm::StringRef Ext = llvm::sys::path::extension(Opts.GraphFile);
    if (Ext != ".dot" && Ext != ".mmd" && Ext != ".json" && Ext != ".html") {
      llvm::errs() << "wslint: error: --graph " << Opts.GraphFile
                   << ": unknown extension (.dot, .mmd, .json, .html)\n";
      return 2;
    }
  }
  if (Opts.Format != "text" && Opts.Format != "json" && Opts.Format != "sarif" &&
      Opts.Format != "github" && Opts.Format != "codeclimate") {
    llvm::errs() << "wslint: error: --format: unknown format '" << Opts.Format
                 << "' (text, json, sarif, github, codeclimate)\n";
    return 2;
  }

  if (ListChecks) {
    for (const auto &C : allChecks())
      llvm::outs() << C.Id << "\n    " << C.Summary
                   << (C.CheckScope == Scope::Site
                           ? ""
                           : " (in clang-tidy: only where the TU holds the whole client)")
                   << "\n";
    return 0;
  }
  if (DumpConfig || VerifyConfig) {
    Config Cfg;
    RuleSet Rules;
    CheckFilter Filter;
    if (auto E = loadSetup(Opts, Cfg, Rules, Filter)) {
      llvm::errs() << "wslint: error: " << llvm::toString(std::move(E)) << "\n";
      return 2;
    }
    if (DumpConfig)
      llvm::outs() << dumpConfig(Cfg);
    else
      llvm::outs() << "wslint: configuration " << (Cfg.File.empty() ? "(defaults)" : Cfg.File)
                   << " and " << Rules.Libraries.size() << " rules files are valid\n";
    return 0;
  }
  if (Extract) {
    if (Output.empty()) {
      llvm::errs() << "wslint: error: extract needs -o FILE\n";
      return 2;
    }
    return runExtract(Opts, Output, llvm::errs());
  }
  if (Merge)
    return runMerge(Opts, {FactFiles.begin(), FactFiles.end()}, llvm::outs(), llvm::errs());
  return runLint(Opts, llvm::outs(), llvm::errs());
}

} // namespace wslint
