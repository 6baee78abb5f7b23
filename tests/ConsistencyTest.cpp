// SPDX-License-Identifier: Apache-2.0
// What must stay in step across the tree: every check has its docs page and a scenario that
// expects it; every row a check cites exists; every rules file has its scenarios.
#include "../checks/CheckUtil.h"
#include "../tool/cli/Driver.h"
#include "ScenarioUtil.h"

#include "llvm/Support/MemoryBuffer.h"

#include <gtest/gtest.h>

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

} // namespace
} // namespace wslint
