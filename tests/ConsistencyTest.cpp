// SPDX-License-Identifier: Apache-2.0
// What must stay in step across the tree: every check has its docs page and a scenario that
// expects it; every row a check cites exists; every rules file has its scenarios.
#include "../checks/CheckUtil.h"
#include "../checks/Registry.h"
#include "../tool/cli/Driver.h"
#include "ScenarioUtil.h"

#include "llvm/Support/MemoryBuffer.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <map>
#include <set>

namespace wslint {
namespace {

std::string readAll(const std::string &P) {
  auto B = llvm::MemoryBuffer::getFile(P);
  return B ? (*B)->getBuffer().str() : "";
}

TEST(Consistency, EveryCheckHasDocsWithItsSummary) {
  for (const auto &C : allChecks()) {
    std::string Doc = readAll(std::string(WSLINT_SOURCE_DIR) + "/docs/checks/" + C.Id + ".md");
    ASSERT_FALSE(Doc.empty()) << "docs/checks/" << C.Id << ".md is missing";
    EXPECT_NE(Doc.find(C.Summary), std::string::npos)
        << "docs/checks/" << C.Id << ".md does not state the summary: " << C.Summary;
    for (const char *Heading : {"## Availability", "## What it flags", "## Why", "## Example",
                                "## How to fix", "## How to suppress", "## Options",
                                "## Known limitations"})
      EXPECT_NE(Doc.find(Heading), std::string::npos)
          << "docs/checks/" << C.Id << ".md lacks '" << Heading << "'";
  }
}

TEST(Consistency, EveryCheckHasAScenarioExpectingIt) {
  for (const auto &C : allChecks()) {
    bool Found = false;
    for (const auto &Path : scenarioPaths()) {
      for (const auto &[File, Text] :
           scenarioFiles(std::string(WSLINT_TEST_INPUTS_DIR) + "/" + Path).Texts)
        if (Text.find("expect-warning[" + std::string(C.Id) + "]") != std::string::npos)
          Found = true;
    }
    EXPECT_TRUE(Found) << "no scenario expects a " << C.Id << " warning";
  }
}

TEST(Consistency, CitedRowsExist) {
  auto Rules = loadRules(WSLINT_SOURCE_RULES_DIR_FOR_TESTS);
  ASSERT_TRUE(static_cast<bool>(Rules)) << llvm::toString(Rules.takeError());
  for (const auto &Id : citedRowIds())
    EXPECT_NE(Rules->row(Id), nullptr) << "checks cite row '" << Id
                                       << "', which rules/decision-table.yaml lacks";
}

/// The scenarios of a rules file: test-inputs/libraries/<its stem>/<stem>-*/.
std::vector<std::string> libraryScenarios(const std::string &Id) {
  std::vector<std::string> Out;
  for (const auto &Path : scenarioPaths())
    if (llvm::StringRef(Path).starts_with("libraries/" + Id + "/" + Id + "-"))
      Out.push_back(Path);
  return Out;
}

TEST(Consistency, EveryRulesFileHasScenarios) {
  auto Rules = loadRules(WSLINT_SOURCE_RULES_DIR_FOR_TESTS);
  ASSERT_TRUE(static_cast<bool>(Rules)) << llvm::toString(Rules.takeError());
  for (const auto &L : Rules->Libraries)
    EXPECT_FALSE(libraryScenarios(L.Id).empty())
        << "rules/" << L.Id << ".yaml has no test-inputs/libraries/" << L.Id << "/" << L.Id
        << "-*/ scenario";
}

/// test-inputs/ reads like a table of contents: at most 25 entries at its top (topics, and
/// '_' folders of stubs), scenario names unique across topics (they name the tests), and under
/// libraries/ one folder per rules file (or user-wrappers) whose scenarios carry its stem.
TEST(Consistency, ScenarioLayout) {
  std::error_code EC;
  unsigned Top = 0;
  for (llvm::sys::fs::directory_iterator It(WSLINT_TEST_INPUTS_DIR, EC), End; It != End && !EC;
       It.increment(EC))
    ++Top;
  EXPECT_LE(Top, 25u) << "test-inputs/ has " << Top << " entries at its top";
  auto Rules = loadRules(WSLINT_SOURCE_RULES_DIR_FOR_TESTS);
  ASSERT_TRUE(static_cast<bool>(Rules)) << llvm::toString(Rules.takeError());
  std::map<std::string, std::string> ByName;
  for (const auto &Path : scenarioPaths()) {
    auto [It, New] = ByName.emplace(scenarioName(Path), Path);
    EXPECT_TRUE(New) << "two scenarios named " << It->first << ": " << It->second << " and "
                     << Path;
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    llvm::StringRef(Path).split(Parts, '/');
    EXPECT_GE(Parts.size(), 2u) << Path << ": a scenario belongs in a topic folder";
    if (Parts.size() < 2 || Parts[0] != "libraries")
      continue;
    bool Known = Parts.size() == 3 &&
                 (Parts[1] == "user-wrappers" ||
                  std::any_of(Rules->Libraries.begin(), Rules->Libraries.end(),
                              [&](const LibraryRules &L) { return L.Id == Parts[1]; }));
    EXPECT_TRUE(Known) << Path << ": test-inputs/libraries/<rules file stem>/<scenario>/";
    if (Known && Parts[1] != "user-wrappers")
      EXPECT_TRUE(Parts[2].starts_with((Parts[1] + "-").str()))
          << Path << ": a library's scenario names start with its rules file's stem";
  }
}

/// Every WebSocket library's scenarios show, in their expect-graph.yaml (which the scenario
/// test checks against the real graph): a socket found, a program where nothing is (server
/// use or preprocessor-removed code), a heartbeat and its absence, and a reconnect's backoff.
TEST(Consistency, EveryLibraryHasScenariosForEachVerdict) {
  auto Rules = loadRules(WSLINT_SOURCE_RULES_DIR_FOR_TESTS);
  ASSERT_TRUE(static_cast<bool>(Rules)) << llvm::toString(Rules.takeError());
  for (const auto &L : Rules->Libraries) {
    if (L.OpenCalls.empty())
      continue; // timers: no sockets of its own
    std::set<std::string> Seen;
    for (const auto &Scenario : libraryScenarios(L.Id)) {
      std::string Path =
          std::string(WSLINT_TEST_INPUTS_DIR) + "/" + Scenario + "/expect-graph.yaml";
      if (!llvm::sys::fs::exists(Path))
        continue;
      YAML::Node Doc = YAML::LoadFile(Path);
      if (Doc["clients"].size() == 0)
        Seen.insert("nothing found");
      for (const auto &C : Doc["clients"])
        for (const auto &S : C["sockets"]) {
          Seen.insert("found");
          if (S["heartbeat"])
            Seen.insert("heartbeat: " + S["heartbeat"].as<std::string>());
          if (S["backoff"] && S["backoff"].as<std::string>() != "not-applicable")
            Seen.insert("backoff");
        }
    }
    for (const char *Want :
         {"found", "nothing found", "heartbeat: true", "heartbeat: false", "backoff"})
      EXPECT_TRUE(Seen.count(Want))
          << "no test-inputs/libraries/" << L.Id << "/*/expect-graph.yaml shows '" << Want
          << "'";
  }
}

// A finding on a library's socket shows that library's way to fix it: every library that
// opens sockets gives a hint for each check that can fire on them (all socket checks can).
TEST(Consistency, EveryLibraryHasAFixHintForEachCheck) {
  auto Rules = loadRules(WSLINT_SOURCE_RULES_DIR_FOR_TESTS);
  ASSERT_TRUE(static_cast<bool>(Rules)) << llvm::toString(Rules.takeError());
  std::set<std::string> Used;
  for (const auto &Id : checkIds())
    for (const auto &Kind : fixKindsFor(Id)) {
      Used.insert(Kind);
      for (const auto &L : Rules->Libraries) {
        if (L.OpenCalls.empty())
          continue; // timers: no sockets of its own
        auto It = L.Fix.find(Kind);
        EXPECT_TRUE(It != L.Fix.end() && !It->second.empty())
            << L.File << ": 'fix: " << Kind << ":' is missing; " << Id
            << " findings on its sockets show it";
      }
    }
  // And every kind a rules file may give is shown by some check.
  for (const auto &Kind : fixHintKinds())
    EXPECT_TRUE(Used.count(Kind)) << "no check shows the '" << Kind << "' fix hint";
}

/// Every fix hint is proven: for each library that opens sockets and each hint that claims to
/// clear a check (heartbeat, backoff), a scenario program of that library that does what the
/// hint says carries `follows-fix: <kind>`, and expects no finding of that check. The scenario
/// test checks the expectations against the real output, so a hint the analysis cannot see
/// being followed fails there. (The close hint accompanies backoff findings as the way to end
/// a connection on purpose; it does not claim to clear one.)
TEST(Consistency, EveryFixHintIsFollowedByAScenario) {
  auto Rules = loadRules(WSLINT_SOURCE_RULES_DIR_FOR_TESTS);
  ASSERT_TRUE(static_cast<bool>(Rules)) << llvm::toString(Rules.takeError());
  const std::map<std::string, std::string> CheckOf = {
      {"heartbeat", "websocket-missing-heartbeat"}, {"backoff", "websocket-missing-backoff"}};
  for (const auto &L : Rules->Libraries) {
    if (L.OpenCalls.empty())
      continue; // timers: no sockets of its own
    std::set<std::string> Followed;
    for (const auto &Scenario : libraryScenarios(L.Id)) {
      auto Files = scenarioFiles(std::string(WSLINT_TEST_INPUTS_DIR) + "/" + Scenario).Texts;
      // A program: the files of one subfolder (a multi-program scenario) or of the scenario,
      // with the files at the scenario's top, which every program shares.
      auto ProgramOf = [](llvm::StringRef File) {
        return File.contains('/') ? File.split('/').first.str() : std::string();
      };
      for (const auto &[File, Text] : Files)
        for (const auto &[Kind, Check] : CheckOf) {
          if (Text.find("follows-fix: " + Kind) == std::string::npos)
            continue;
          Followed.insert(Kind);
          std::string Program = ProgramOf(File);
          for (const auto &[Other, OtherText] : Files)
            if (ProgramOf(Other) == Program || ProgramOf(Other).empty())
              EXPECT_EQ(OtherText.find("expect-warning[" + Check + "]"), std::string::npos)
                  << Scenario << "/" << File << " follows the " << Kind
                  << " fix hint, yet its program expects a " << Check << " finding ("
                  << Other << ")";
        }
    }
    for (const auto &[Kind, Check] : CheckOf)
      if (L.Fix.count(Kind))
        EXPECT_TRUE(Followed.count(Kind))
            << L.File << ": no test-inputs/libraries/" << L.Id
            << "/*/ program says 'follows-fix: " << Kind
            << "' (a program doing what the hint says, clean for " << Check << ")";
  }
}

} // namespace
} // namespace wslint
