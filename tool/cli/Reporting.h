// SPDX-License-Identifier: Apache-2.0
// What a run reports: the findings in the chosen format, the graph and summary files, the
// TUs that could not be analysed, the summary line, and the exit status (internal to the
// driver).
#pragma once

#include "Driver.h"

namespace wslint {
namespace cli {

/// The errors of the TUs that could not be (fully) analysed, with their TUs.
std::vector<UnitError> unitErrors(const FactSet &Facts);

/// One "wslint: error:" line per such error, on Err.
void reportUnitErrors(const FactSet &Facts, llvm::raw_ostream &Err);

/// Writes everything a lint run reports and returns the exit status (0 clean, 1 findings,
/// 2 nothing could be analysed or a file could not be written, 3 incomplete).
int report(const LintResult &R, const DriverOptions &Opts, llvm::raw_ostream &Out,
           llvm::raw_ostream &Err);

} // namespace cli
} // namespace wslint
