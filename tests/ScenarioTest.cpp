// SPDX-License-Identifier: Apache-2.0
//
// Runs every test-inputs/<scenario>/ folder through the same library the command line uses
// and compares the findings with the scenario's inline expectations (see
// tool/core/Expectations.h). An optional expect-graph.yaml states graph facts that have no
// single line: clients, their socket counts, slots and attributes.
#include "../tool/cli/Driver.h"
#include "../tool/core/Expectations.h"
#include "../tool/core/Report.h"
#include "ScenarioUtil.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <cstdlib>

namespace wslint {
namespace {

/// Compares the graph with expect-graph.yaml: the clients listed are exactly the graph's
/// clients, and each client's sockets are exactly the listed ones (by slot), with every
/// attribute the file names.
std::vector<std::string> compareGraph(const std::string &YamlPath, const Graph &G) {
  std::vector<std::string> Problems;
  YAML::Node Doc = YAML::LoadFile(YamlPath);
  llvm::json::Value Json = graphToJson(G);
  const llvm::json::Array *Clients = Json.getAsObject()->getArray("clients");
  auto Render = [](const llvm::json::Value &V) {
    if (auto S = V.getAsString())
      return S->str();
    std::string Out;
    llvm::raw_string_ostream OS(Out);
    OS << V;
    return OS.str();
  };
  std::set<std::string> Listed;
  for (const auto &C : Doc["clients"]) {
    std::string Name = C["name"].as<std::string>();
    Listed.insert(Name);
    const llvm::json::Object *Got = nullptr;
    for (const auto &GC : *Clients)
      if (GC.getAsObject()->getString("name") == Name)
        Got = GC.getAsObject();
    if (!Got) {
      Problems.push_back("graph: no client named '" + Name + "'");
      continue;
    }
    for (const auto &KV : C) {
      std::string Key = KV.first.as<std::string>();
      if (Key == "name" || Key == "sockets")
        continue;
      const llvm::json::Value *V = Got->get(Key);
      if (!V || Render(*V) != KV.second.as<std::string>())
        Problems.push_back("graph: client '" + Name + "' " + Key + " is " +
                           (V ? Render(*V) : "missing") + ", expected " +
                           KV.second.as<std::string>());
    }
    const llvm::json::Array *Sockets = Got->getArray("sockets");
    if (C["sockets"].size() != Sockets->size())
      Problems.push_back("graph: client '" + Name + "' has " +
                         std::to_string(Sockets->size()) + " sockets, expected " +
                         std::to_string(C["sockets"].size()));
    for (const auto &S : C["sockets"]) {
      std::string Slot = S["slot"].as<std::string>();
      const llvm::json::Object *GS = nullptr;
      for (const auto &Cand : *Sockets)
        if (Cand.getAsObject()->getString("slot") == Slot)
          GS = Cand.getAsObject();
      if (!GS) {
        Problems.push_back("graph: client '" + Name + "' has no socket in slot '" + Slot + "'");
        continue;
      }
      for (const auto &KV : S) {
        std::string Key = KV.first.as<std::string>();
        // The way from the entry, step by step: "file:line: text".
        if (Key == "path" && KV.second.IsSequence()) {
          std::vector<std::string> Want, Got;
          for (const auto &Step : KV.second)
            Want.push_back(Step.as<std::string>());
          if (const llvm::json::Array *Steps = GS->getArray("path"))
            for (const auto &Step : *Steps) {
              const llvm::json::Object *O = Step.getAsObject();
              Got.push_back(O->getString("file")->str() + ":" +
                            std::to_string(*O->getInteger("line")) + ": " +
                            O->getString("step")->str());
            }
          if (Want != Got)
            Problems.push_back("graph: socket '" + Slot + "' path is [" +
                               llvm::join(Got, " | ") + "], expected [" +
                               llvm::join(Want, " | ") + "]");
          continue;
        }
        const llvm::json::Value *V = GS->get(Key);
        std::string Want = KV.second.IsNull() ? "null" : KV.second.as<std::string>();
        if (!V || Render(*V) != Want)
          Problems.push_back("graph: socket '" + Slot + "' " + Key + " is " +
                             (V ? Render(*V) : "missing") + ", expected " + Want);
      }
    }
  }
  for (const auto &GC : *Clients) {
    std::string Name = GC.getAsObject()->getString("name")->str();
    if (!Listed.count(Name))
      Problems.push_back("graph: unexpected client '" + Name + "'");
  }
  return Problems;
}

class Scenario : public testing::TestWithParam<std::string> {};

TEST_P(Scenario, MatchesExpectations) {
  std::string Dir = std::string(WSLINT_TEST_INPUTS_DIR) + "/" + GetParam();
  ScenarioFiles Files = scenarioFiles(Dir);
  auto Expected = parseExpectations(Files.Texts);
  ASSERT_TRUE(static_cast<bool>(Expected)) << llvm::toString(Expected.takeError());
  WSLINT_SKIP_UNLESS_INSTALLED(Expected->Requires);

  DriverOptions Opts = scenarioOptions(Dir, Files);
  auto Result = lint(Opts);
  ASSERT_TRUE(static_cast<bool>(Result)) << llvm::toString(Result.takeError());
  std::vector<ExtractError> Errors;
  for (const auto &U : Result->Facts.Units)
    Errors.insert(Errors.end(), U.Errors.begin(), U.Errors.end());

  auto Problems = compareWithExpectations(*Expected, Result->Findings, Errors);
  std::string GraphFile = Dir + "/expect-graph.yaml";
  if (llvm::sys::fs::exists(GraphFile))
    for (auto &P : compareGraph(GraphFile, Result->G))
      Problems.push_back(std::move(P));

  std::string Text;
  llvm::raw_string_ostream OS(Text);
  writeText(Report{Result->G, Result->Findings, Result->Rules.DecisionTable, Result->Stats},
            OS);
  std::string All;
  for (const auto &P : Problems)
    All += "  " + P + "\n";
  EXPECT_TRUE(Problems.empty()) << "in " << Dir << ":\n"
                                << All << "wslint printed:\n"
                                << OS.str();
}

INSTANTIATE_TEST_SUITE_P(TestInputs, Scenario, testing::ValuesIn(scenarioPaths()),
                         scenarioTestName);

} // namespace
} // namespace wslint
