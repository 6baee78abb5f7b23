// SPDX-License-Identifier: Apache-2.0
// Suppression comments, read the way clang-tidy reads them:
//   NOLINT / NOLINT(check-glob, …)          on the finding's line
//   NOLINTNEXTLINE / NOLINTNEXTLINE(…)      on the line above
//   NOLINTBEGIN(…) … NOLINTEND(…)           around it
// Only the source text is read (never the AST).
#pragma once

#include "Check.h"

#include <string>
#include <vector>

namespace wslint {

/// Does the comment text of Lines (1-based LineNo) suppress Check at that line?
bool isSuppressed(const std::vector<std::string> &Lines, unsigned LineNo,
                  const std::string &Check);

/// Drops findings suppressed in their files (paths relative to Root).
void applySuppressions(std::vector<Finding> &Findings, const std::string &Root);

} // namespace wslint
