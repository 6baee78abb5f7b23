// SPDX-License-Identifier: Apache-2.0
// The build's own targets, from CMake's File API (codemodel-v2): which sources each
// executable and library compiles, and which targets it links. wslint takes a client's
// program from them when they are known (see merge/Clients.h).
#pragma once

#include "Facts.h"

#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace wslint {

/// The targets CMake's latest codemodel-v2 reply in BuildDir describes, their sources
/// relative to Root (as TUFacts::MainFile spells them; only those it compiles), sorted by
/// name. nullopt when BuildDir holds no reply; an error names the file a reply breaks in.
llvm::Expected<std::optional<std::vector<BuildTarget>>>
readCMakeTargets(const std::string &BuildDir, const std::string &Root);

/// Asks CMake to describe its targets at its next configure (the File API's empty query
/// file .cmake/api/v1/query/codemodel-v2), when BuildDir is a CMake build directory
/// (CMakeCache.txt) that has neither the query nor a reply. True when it wrote the query.
bool requestCMakeTargets(const std::string &BuildDir);

} // namespace wslint
