// SPDX-License-Identifier: Apache-2.0
// Small helpers shared by the core: file reading with clear errors, suggestions, paths.
#pragma once

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace wslint {

/// An input error: "FILE[:LINE:COL]: MESSAGE". Line/column 0 are left out.
llvm::Error inputError(const std::string &File, unsigned Line, unsigned Col,
                       const std::string &Message);

/// Reads a whole file; the error names the file and the reason.
llvm::Error readTextFile(const std::string &Path, std::string &Out);

/// " (did you mean 'x'?)" for the closest candidate, or "" when none is close.
std::string didYouMean(const std::string &Got, const std::vector<std::string> &Candidates);

/// Path relative to Root when it lies under Root, else the path unchanged. Both are
/// normalised (dots removed); separators are '/'.
std::string relativeTo(const std::string &Path, const std::string &Root);
/// Is Path Root itself or inside it (both normalised as relativeTo does)?
bool liesUnder(const std::string &Path, const std::string &Root);

/// Does any of the glob patterns match Text? (Invalid patterns match nothing; config and
/// rules readers reject them before they get here.)
bool matchesAnyGlob(const std::vector<std::string> &Globs, const std::string &Text);

/// Absolute, dot-free form of Path (relative paths are taken against Base, or the cwd).
std::string absolutePath(const std::string &Path, const std::string &Base = "");

} // namespace wslint
