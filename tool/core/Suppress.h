// SPDX-License-Identifier: Apache-2.0
// Suppression comments, read the way clang-tidy reads them:
//   NOLINT / NOLINT(check-glob, …)          on the finding's line
//   NOLINTNEXTLINE / NOLINTNEXTLINE(…)      on the line above
//   NOLINTBEGIN(…) … NOLINTEND(…)           around it
// Only the source text is read (never the AST).
#pragma once

#include "Check.h"
#include "Facts.h"

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace wslint {

/// Does the comment text of Lines (1-based LineNo) suppress Check at that line?
bool isSuppressed(const std::vector<std::string> &Lines, unsigned LineNo,
                  const std::string &Check);

/// Drops findings that the NOLINT comments (from the facts) suppress. When Unused is given,
/// the comments naming a websocket check that silenced nothing come back in it (for
/// --report-unused-suppressions).
void applySuppressions(std::vector<Finding> &Findings,
                       const std::vector<SuppressionFact> &Comments,
                       std::vector<SuppressionFact> *Unused = nullptr);

/// A baseline: accepted findings, keyed without line numbers so they survive edits.
struct Baseline {
  std::vector<std::string> Keys;
};
llvm::Expected<Baseline> loadBaseline(const std::string &Path);
std::string baselineToJson(const std::vector<Finding> &Findings);
/// Drops findings the baseline accepts; returns the baseline keys nothing matched (stale).
std::vector<std::string> applyBaseline(std::vector<Finding> &Findings, const Baseline &B);

/// Keeps the findings that involve a changed file (paths relative to the root, as in
/// findings): a finding or one of its notes points into it, or into a TU that read it (a
/// changed header touches every TU that includes it). What a pre-commit hook reports.
void keepFindingsInvolving(std::vector<Finding> &Findings, const FactSet &Facts,
                           const std::vector<std::string> &Changed);

} // namespace wslint
