// SPDX-License-Identifier: Apache-2.0
// Extracting the facts of a compilation database's TUs: the cache, the prefilter and its
// second round, threads, crash isolation (internal to the driver).
#pragma once

#include "../extract/Extractor.h"
#include "Driver.h"

#include "clang/Tooling/CompilationDatabase.h"

#include <functional>
#include <set>

namespace wslint {
namespace cli {

/// Parses one TU; a crash costs this TU only (reported in its facts).
TUFacts parseOne(const clang::tooling::CompilationDatabase &DB, const std::string &File,
                 const RuleSet &Rules, const ExtractOptions &XO, const std::string &Main);

/// How TUs are extracted, from the options and the config.
ExtractOptions extractOptions(const DriverOptions &Opts, const Config &Cfg);

/// The prefilter's second round, to a fixed point: TUs without a WebSocket header that name
/// a function with a path to a socket are parsed for their calls. Skipped(I): is unit I still
/// skipped; Mentions(I, Names): does unit I name one of Names; Parse(Which): parses them.
void secondRound(FactSet &Set, const std::function<bool(size_t)> &Skipped,
                 const std::function<bool(size_t, const std::set<std::string> &)> &Mentions,
                 const std::function<void(const std::vector<size_t> &)> &Parse);

} // namespace cli
} // namespace wslint
