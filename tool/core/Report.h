// SPDX-License-Identifier: Apache-2.0
// Output writers. They format a finished analysis; they never see the AST or source.
#pragma once

#include "Check.h"
#include "Graph.h"
#include "Rules.h"

#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace wslint {

struct RunStats {
  unsigned TranslationUnits = 0;
  unsigned Analyzed = 0;
  unsigned SkippedByPrefilter = 0;
  unsigned CacheHits = 0;
  unsigned ParseErrors = 0;
};

struct Report {
  const Graph &G;
  const std::vector<Finding> &Findings;
  const std::vector<DecisionRow> &DecisionTable;
  RunStats Stats;
};

/// The trailing line of a finding: the table row it cites, quoted.
std::string citationText(const std::vector<DecisionRow> &Table, const std::string &RowId);

void writeText(const Report &R, llvm::raw_ostream &OS);
void writeJson(const Report &R, llvm::raw_ostream &OS);
/// The graph alone, as the JSON "graph" object.
llvm::json::Value graphToJson(const Graph &G);

/// The graph as a picture; sockets that findings point at are highlighted.
void writeDot(const Graph &G, const std::vector<Finding> &Findings, llvm::raw_ostream &OS);
void writeMermaid(const Graph &G, const std::vector<Finding> &Findings, llvm::raw_ostream &OS);
void writeGraphJson(const Graph &G, llvm::raw_ostream &OS);
/// One self-contained page (no scripts, no external requests).
void writeHtml(const Graph &G, const std::vector<Finding> &Findings, llvm::raw_ostream &OS);

} // namespace wslint
