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
  /// TUs without WebSocket headers parsed anyway: they call into code that reaches sockets
  /// (or hold the entry point that does).
  unsigned ParsedForCalls = 0;
  unsigned CacheHits = 0;
  unsigned ParseErrors = 0;
  /// What the run has to say about how it ran (printed once on stderr, not a result).
  std::vector<std::string> Notes;
  /// Copies of WebSocket libraries inside the project, read as library code.
  std::vector<VendoredCopy> Vendored;
};

/// What CI formats say about a check (SARIF rules): its docs page, embedded at build time.
struct RuleDescriptor {
  std::string Id;
  std::string Summary;
  std::string HelpMarkdown;
  std::string HelpUri;
};

/// A translation unit that could not be analysed completely.
struct UnitError {
  std::string MainFile;
  ExtractError Error;
};

struct Report {
  const Graph &G;
  const std::vector<Finding> &Findings;
  const std::vector<DecisionRow> &DecisionTable;
  RunStats Stats;
  // For the CI formats (SARIF, GitHub, the step summary):
  std::vector<RuleDescriptor> Rules;
  std::string Root;    ///< absolute project root: finding paths are relative to it
  std::string Version; ///< wslint's
  std::vector<UnitError> Errors;
};

/// Text for a line-oriented log: control characters (a line break in an endpoint string)
/// become visible escapes, so analysed code cannot start a line of its own (a GitHub
/// workflow command, a forged diagnostic).
std::string oneLine(const std::string &S);

/// S as valid UTF-8: a source in another encoding cannot make an output unreadable (each
/// invalid byte becomes U+FFFD). JSON-based formats get this from llvm::json; the others
/// call it.
std::string validUtf8(const std::string &S);

/// The message of a TU error as every format words it.
std::string unitErrorText(const UnitError &E);

/// The trailing line of a finding: the table row it cites, quoted.
std::string citationText(const std::vector<DecisionRow> &Table, const std::string &RowId);

void writeText(const Report &R, llvm::raw_ostream &OS);
void writeJson(const Report &R, llvm::raw_ostream &OS);
/// SARIF 2.1.0 for GitHub code scanning (within its upload limits).
void writeSarif(const Report &R, llvm::raw_ostream &OS);
/// GitHub Actions workflow commands: annotations within GitHub's per-step caps, the rest as
/// plain lines.
void writeGitHub(const Report &R, llvm::raw_ostream &OS);
/// GitLab's code quality report (Code Climate issues).
void writeCodeClimate(const Report &R, llvm::raw_ostream &OS);
/// A finding's identity without line numbers, hashed: SARIF partialFingerprints and Code
/// Climate fingerprints, stable when lines shift.
std::string findingFingerprint(const Finding &F);
/// A Markdown step summary ($GITHUB_STEP_SUMMARY) with the Mermaid graph.
void writeSummary(const Report &R, llvm::raw_ostream &OS);
/// The graph alone, as the JSON "graph" object.
llvm::json::Value graphToJson(const Graph &G);

/// The graph as a picture; sockets that findings point at are highlighted.
void writeDot(const Graph &G, const std::vector<Finding> &Findings, llvm::raw_ostream &OS);
void writeMermaid(const Graph &G, const std::vector<Finding> &Findings, llvm::raw_ostream &OS);
void writeGraphJson(const Graph &G, llvm::raw_ostream &OS);
/// One self-contained page (no scripts, no external requests).
void writeHtml(const Graph &G, const std::vector<Finding> &Findings, llvm::raw_ostream &OS);

} // namespace wslint
