// SPDX-License-Identifier: Apache-2.0
#include "Targets.h"

#include "../checks/Registry.h"
#include "../tool/core/Config.h"
#include "../tool/core/Expectations.h"
#include "../tool/core/Facts.h"
#include "../tool/core/Graph.h"
#include "../tool/core/Report.h"
#include "../tool/core/Rules.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace wslint::fuzz {

namespace {
std::string text(const uint8_t *Data, size_t Size) {
  return std::string(reinterpret_cast<const char *>(Data), Size);
}
} // namespace

void config(const uint8_t *Data, size_t Size) {
  auto C = parseConfig(text(Data, Size), "/fuzz/.wslint.yaml");
  if (C)
    (void)dumpConfig(*C);
  else
    llvm::consumeError(C.takeError());
}

void rules(const uint8_t *Data, size_t Size) {
  auto L = parseLibraryRules(text(Data, Size), "/fuzz/rules/fuzz.yaml");
  if (!L)
    llvm::consumeError(L.takeError());
  auto T = parseDecisionTable(text(Data, Size), "/fuzz/rules/decision-table.yaml");
  if (!T)
    llvm::consumeError(T.takeError());
}

void boundary(const uint8_t *Data, size_t Size) {
  if (auto B = parseBoundaryComment(text(Data, Size)))
    (void)B->valid();
}

void facts(const uint8_t *Data, size_t Size) {
  auto V = llvm::json::parse(text(Data, Size));
  if (!V) {
    llvm::consumeError(V.takeError());
    return;
  }
  FactSet F;
  llvm::json::Path::Root Root("facts");
  if (!fromJSON(*V, F, Root)) {
    llvm::consumeError(Root.getError());
    return;
  }
  // What `wslint merge` does with facts it is given: graph, checks, every writer.
  F.canonicalize();
  Config Cfg;
  Cfg.ProjectName = "fuzz";
  Graph G = buildGraph(F, Cfg);
  std::vector<std::string> Known = checkIds();
  auto Filter = CheckFilter::parse("websocket-*", Known);
  std::vector<Finding> Findings = runChecks(G, Cfg, *Filter);
  std::vector<DecisionRow> Table;
  Report R{G, Findings, Table, RunStats{}, {}, "/fuzz", "0", {}};
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  writeText(R, OS);
  writeJson(R, OS);
  writeSarif(R, OS);
  writeGitHub(R, OS);
  writeSummary(R, OS);
  writeCodeClimate(R, OS);
  writeDot(G, Findings, OS);
  writeHtml(G, Findings, OS);
}

void expectations(const uint8_t *Data, size_t Size) {
  auto E = parseExpectations({{"a.cpp", text(Data, Size)}, {"b.h", "// #tag\n"}});
  if (!E)
    llvm::consumeError(E.takeError());
}

const std::vector<NamedTarget> &allTargets() {
  static const std::vector<NamedTarget> Targets = {{"config", config},
                                                   {"rules", rules},
                                                   {"boundary", boundary},
                                                   {"facts", facts},
                                                   {"expectations", expectations}};
  return Targets;
}

} // namespace wslint::fuzz
