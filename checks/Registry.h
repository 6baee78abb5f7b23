// SPDX-License-Identifier: Apache-2.0
// The check registry (expanded from CheckList.def) and the one way to run checks.
#pragma once

#include "../tool/core/Check.h"

#include <vector>

namespace wslint {

/// Every check wslint has, in CheckList.def order.
const std::vector<CheckInfo> &allChecks();

/// Runs the enabled checks over every client; findings come back sorted.
std::vector<Finding> runChecks(const Graph &G, const Config &Cfg, const CheckFilter &Filter);

} // namespace wslint
