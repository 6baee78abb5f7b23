// SPDX-License-Identifier: Apache-2.0
// Every scenario in the plain build, from one command-line analysis of it (the sanitized
// build runs the same analysis against the inline expectations, ScenarioTest.cpp):
//  1. clang-tidy-19 with the plugin loaded. Where the command line's graph shows each
//     client whole inside one TU (Client::SelfContained), the plugin must meet the
//     scenario's inline expectations exactly, like the command line; elsewhere it may
//     report less (one TU cannot decide a client), but everything it reports must be a
//     finding the command line makes, word for word.
//  2. The facts of a full parse (library function bodies too) equal the fast parse's.
//  3. The SARIF report, written to $WSLINT_SCENARIO_SARIF_DIR for ci-formats.sh, which
//     puts every scenario's through Microsoft's validator.
#include "../tool/cli/Reporting.h"
#include "../tool/core/Expectations.h"
#include "../tool/core/Support.h"
#include "ScenarioUtil.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Regex.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <set>

namespace wslint {
namespace {

struct TidyRun {
  std::vector<Finding> Findings;
  std::vector<ExtractError> Errors;
  std::string Output;
};

/// Runs clang-tidy-19 with the plugin on one TU, from the scenario folder (the project root
/// of a scenario without a config, as for the command line), and reads its diagnostics.
TidyRun runTidy(const std::string &Dir, const std::string &File) {
  llvm::SmallString<128> OutFile;
  llvm::sys::fs::createTemporaryFile("wslint-tidy", "txt", OutFile);
  std::string Command = "cd '" + Dir + "' && exec " WSLINT_CLANG_TIDY " --quiet --load=" +
                        std::string(WSLINT_TIDY_PLUGIN) +
                        " --checks='-*,websocket-*' -p . '" + File + "'";
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, llvm::StringRef(OutFile),
                                                llvm::StringRef(OutFile)};
  llvm::sys::ExecuteAndWait("/bin/sh", {"/bin/sh", "-c", Command}, std::nullopt, Redirects);
  TidyRun R;
  auto Buf = llvm::MemoryBuffer::getFile(OutFile);
  llvm::sys::fs::remove(OutFile);
  if (!Buf)
    return R;
  R.Output = (*Buf)->getBuffer().str();
  llvm::Regex Line("^(/[^:]+):([0-9]+):([0-9]+): (warning|note|error): (.*)$");
  llvm::Regex CheckName("^(.*) \\[([a-z-]+)\\]$");
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  llvm::StringRef(R.Output).split(Lines, '\n');
  for (llvm::StringRef L : Lines) {
    llvm::SmallVector<llvm::StringRef, 6> M;
    if (!Line.match(L, &M))
      continue; // source excerpts, carets, notes without a location (citations)
    SourceLoc Loc{relativeTo(M[1].str(), Dir), static_cast<unsigned>(std::stoul(M[2].str())),
                  static_cast<unsigned>(std::stoul(M[3].str()))};
    std::string Message = M[5].str(), Check;
    llvm::SmallVector<llvm::StringRef, 3> C;
    if (CheckName.match(Message, &C)) {
      // C points into Message: read both parts before Message changes.
      Check = C[2].str();
      Message = C[1].str();
    }
    if (M[4] == "error") {
      R.Errors.push_back({Loc, Message});
    } else if (M[4] == "warning") {
      Finding F;
      F.Check = Check;
      F.Loc = Loc;
      F.Message = Message;
      R.Findings.push_back(std::move(F));
    } else if (!R.Findings.empty()) {
      R.Findings.back().Notes.push_back({Loc, Message});
    }
  }
  return R;
}

std::string describe(const Finding &F) {
  return F.Loc.File + ":" + std::to_string(F.Loc.Line) + ":" + std::to_string(F.Loc.Column) +
         ": " + F.Message + " [" + F.Check + "]";
}

/// The facts of a parse of every function body (`--full-parse`), as JSON.
std::string fullParseFacts(DriverOptions Opts) {
  Opts.FullParse = true;
  Config Cfg;
  RuleSet Rules;
  CheckFilter Filter;
  EXPECT_FALSE(static_cast<bool>(loadSetup(Opts, Cfg, Rules, Filter)));
  RunStats Stats;
  auto F = extractAll(Opts, Cfg, Rules, Stats);
  EXPECT_TRUE(static_cast<bool>(F));
  if (!F) {
    llvm::consumeError(F.takeError());
    return "";
  }
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << toJSON(*F);
  return OS.str();
}

/// Writes the analysis as SARIF to Dir/<scenario>.sarif, as `wslint --format=sarif --quiet`
/// run in the scenario folder would.
void writeSarif(const LintResult &R, DriverOptions Opts, const std::string &Dir,
                const std::string &Scenario) {
  Opts.Format = "sarif";
  Opts.Quiet = true;
  std::error_code EC;
  llvm::sys::fs::create_directories(Dir);
  std::string Path = Dir + "/" + scenarioName(Scenario) + ".sarif";
  llvm::raw_fd_ostream OS(Path, EC);
  ASSERT_FALSE(EC) << Path << ": " << EC.message();
  std::string Err;
  llvm::raw_string_ostream ES(Err);
  int RC = cli::report(R, Opts, OS, ES);
  // 3 (incomplete) still writes a whole report: a scenario whose TU fails to compile on
  // purpose (whole-program/template-socket-error-in-member) is validated like the others.
  EXPECT_TRUE(RC == 0 || RC == 1 || RC == 3) << Path << ": exit " << RC << "\n" << Err;
}

class TidyPlugin : public testing::TestWithParam<std::string> {};

TEST_P(TidyPlugin, AgreesWithTheCommandLine) {
  std::string Dir = std::string(WSLINT_TEST_INPUTS_DIR) + "/" + GetParam();
  ScenarioFiles Files = scenarioFiles(Dir);
  auto Expected = parseExpectations(Files.Texts);
  ASSERT_TRUE(static_cast<bool>(Expected)) << llvm::toString(Expected.takeError());
  WSLINT_SKIP_UNLESS_INSTALLED(Expected->Requires);

  DriverOptions Opts = scenarioOptions(Dir, Files);
  auto CLI = lint(Opts);
  ASSERT_TRUE(static_cast<bool>(CLI)) << llvm::toString(CLI.takeError());

  // 2. Skipping library bodies changes no fact (docs/scaling.md).
  {
    std::string Fast;
    llvm::raw_string_ostream OS(Fast);
    OS << toJSON(CLI->Facts);
    EXPECT_FALSE(OS.str().empty());
    EXPECT_EQ(Fast, fullParseFacts(Opts)) << "in " << Dir;
  }
  // 3. The SARIF for ci-formats.sh.
  if (const char *SarifDir = std::getenv("WSLINT_SCENARIO_SARIF_DIR"))
    writeSarif(*CLI, Opts, SarifDir, GetParam());

  // 1. The plugin.
  bool Whole = Files.Sources.size() == 1 &&
               std::all_of(CLI->G.Clients.begin(), CLI->G.Clients.end(),
                           [](const Client &C) { return C.SelfContained; });

  RecordProperty("whole_client_in_tu", Whole ? "yes" : "no");
  std::vector<Finding> Findings;
  std::vector<ExtractError> Errors;
  std::set<std::string> Seen;
  std::string Output;
  for (const auto &Source : Files.Sources) {
    TidyRun R = runTidy(Dir, relativeTo(Source, Dir));
    Output += R.Output;
    for (auto &F : R.Findings)
      if (Seen.insert(describe(F)).second) // a header's finding, seen from two TUs
        Findings.push_back(std::move(F));
    Errors.insert(Errors.end(), R.Errors.begin(), R.Errors.end());
  }

  if (Whole) {
    auto Problems = compareWithExpectations(*Expected, Findings, Errors);
    std::string All;
    for (const auto &P : Problems)
      All += "  " + P + "\n";
    EXPECT_TRUE(Problems.empty()) << "in " << Dir << " (every client inside the TU):\n"
                                  << All << "clang-tidy printed:\n"
                                  << Output;
    return;
  }
  std::set<std::string> FromCLI, FromPlugin, EndpointsFromCLI, EndpointsFromPlugin;
  // An endpoint finding word for word, except the socket's name (the first quoted text):
  // a socket reached through a getter defined in another file is named by its getter in
  // the editor (test-inputs/identity/identity-aliases-and-getters), by its field on the command line.
  auto Place = [](const Finding &F) {
    Finding Unnamed = F;
    size_t Open = F.Message.find('\'');
    size_t Close = Open == std::string::npos ? Open : F.Message.find('\'', Open + 1);
    if (Close != std::string::npos)
      Unnamed.Message.replace(Open, Close - Open + 1, "'…'");
    return describe(Unnamed);
  };
  for (const auto &F : CLI->Findings) {
    FromCLI.insert(describe(F));
    if (F.Check == "websocket-insecure-endpoint")
      EndpointsFromCLI.insert(Place(F));
  }
  for (const auto &F : Findings) {
    FromPlugin.insert(describe(F));
    if (F.Check == "websocket-insecure-endpoint")
      EndpointsFromPlugin.insert(Place(F));
  }
  // An endpoint is decided by its opening call alone: the plugin reports every one.
  for (const auto &F : CLI->Findings) {
    if (F.Check == "websocket-insecure-endpoint")
      EXPECT_TRUE(EndpointsFromPlugin.count(Place(F)))
          << "in " << Dir << ": the plugin misses\n  " << describe(F) << "\nclang-tidy printed:\n"
          << Output;
  }
  for (const auto &F : Findings)
    EXPECT_TRUE(FromCLI.count(describe(F)) ||
                (F.Check == "websocket-insecure-endpoint" && EndpointsFromCLI.count(Place(F))))
        << "in " << Dir << ": the plugin reports what the command line does not:\n  "
        << describe(F) << "\nclang-tidy printed:\n"
        << Output;
}

INSTANTIATE_TEST_SUITE_P(TestInputs, TidyPlugin, testing::ValuesIn(scenarioPaths()),
                         scenarioTestName);

} // namespace
} // namespace wslint
