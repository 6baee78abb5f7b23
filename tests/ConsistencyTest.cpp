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
    for (const auto &Name : scenarioNames()) {
      for (const auto &[File, Text] :
           scenarioFiles(std::string(WSLINT_TEST_INPUTS_DIR) + "/" + Name).Texts)
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

TEST(Consistency, EveryRulesFileHasScenarios) {
  auto Rules = loadRules(WSLINT_SOURCE_RULES_DIR_FOR_TESTS);
  ASSERT_TRUE(static_cast<bool>(Rules)) << llvm::toString(Rules.takeError());
  auto Names = scenarioNames();
  for (const auto &L : Rules->Libraries) {
    bool Found = std::any_of(Names.begin(), Names.end(), [&](const std::string &N) {
      return llvm::StringRef(N).starts_with(L.Id + "-");
    });
    EXPECT_TRUE(Found) << "rules/" << L.Id << ".yaml has no test-inputs/" << L.Id
                       << "-*/ scenario";
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
    for (const auto &Name : scenarioNames()) {
      if (!llvm::StringRef(Name).starts_with(L.Id + "-"))
        continue;
      std::string Path = std::string(WSLINT_TEST_INPUTS_DIR) + "/" + Name + "/expect-graph.yaml";
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
          << "no test-inputs/" << L.Id << "-*/expect-graph.yaml shows '" << Want << "'";
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

} // namespace
} // namespace wslint
