// SPDX-License-Identifier: Apache-2.0
// The check registry (expanded from CheckList.def) and the one way to run checks.
#pragma once

#include "../tool/core/Check.h"
#include "../tool/core/Rules.h"

#include <string>
#include <vector>

namespace wslint {

/// Every check wslint has, in CheckList.def order.
const std::vector<CheckInfo> &allChecks();

/// The ids of allChecks(), for CheckFilter::parse.
std::vector<std::string> checkIds();

/// The check's docs page (docs/checks/<id>.md, embedded at build time), or "".
const char *checkHelp(const std::string &Id);
/// Where the check's docs page is published.
std::string checkDocsUrl(const std::string &Id);

/// Runs the enabled checks over every client; findings come back sorted, one per check and
/// subject (mergeAcrossClients).
std::vector<Finding> runChecks(const Graph &G, const Config &Cfg, const CheckFilter &Filter);

/// The fix hints (rules `fix:` kinds) that findings of a check show, in order.
std::vector<std::string> fixKindsFor(const std::string &CheckId);

/// Adds to each finding about one socket the fix hints its library's rules give for the
/// finding's check, as notes: "fix in Boost.Beast: …".
void addFixHints(std::vector<Finding> &Findings, const RuleSet &Rules);

} // namespace wslint
