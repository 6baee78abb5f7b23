// SPDX-License-Identifier: Apache-2.0
//
// Inline expectations of test-inputs/ scenarios, in the style of clang -verify:
//
//   // expect-<kind>[<check-id>][@<where>][ <count>]{{<message substring>}}
//     kind  : warning | note | error        (error: a compiler error the TU must report)
//     where : +N | -N (relative line) | #name (the line tagged "// #name" in any file)
//   // expect-no-findings                   (a scenario with no other expectation)
//   // REQUIRES: <feature>                  (headers that must be installed)
//
// Matching: file and line exact, message by substring, order-independent; every finding
// and every located note must be expected, and every expectation must be met.
#pragma once

#include "Check.h"
#include "Facts.h"

#include "llvm/Support/Error.h"

#include <map>
#include <string>
#include <vector>

namespace wslint {

struct Expectation {
  std::string Kind; ///< "warning", "note" or "error"
  std::string Check;
  SourceLoc Where;  ///< File and Line (Column unused)
  unsigned Count = 1;
  std::string Substring;
  SourceLoc Written; ///< where the expectation comment itself is, for messages
};

struct ExpectationSet {
  std::vector<Expectation> Items;
  bool NoFindings = false;
  std::vector<std::string> Requires;
};

/// Parses the expectations of the given files (File is the name used in findings).
/// Tags (`// #name`) are resolved across all files, so parse a scenario's files together.
llvm::Expected<ExpectationSet>
parseExpectations(const std::vector<std::pair<std::string, std::string>> &FilesAndText);

/// Compares findings (and TU errors) with expectations; returns one line per mismatch.
std::vector<std::string> compareWithExpectations(const ExpectationSet &Expected,
                                                 const std::vector<Finding> &Findings,
                                                 const std::vector<ExtractError> &Errors);

} // namespace wslint
