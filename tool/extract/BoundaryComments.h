// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// Boundary annotations in comments: the lines above or beside a declaration or a call.
#pragma once

#include "TUContext.h"

#include "llvm/ADT/StringRef.h"

#include <string>
#include <utility>
#include <vector>

namespace wslint {
namespace extract {

/// Comment lines that hold a boundary annotation for the line at Offset: on that line
/// (trailing) or in the comment block directly above it. Continuation lines of a comment
/// are joined. Returns (line number, text from "websocket-boundary" on).
std::vector<std::pair<unsigned, std::string>> boundaryCommentsNear(llvm::StringRef Buf,
                                                                   size_t Offset);

/// The boundary annotations written at a place of the TU.
class BoundaryComments {
public:
  explicit BoundaryComments(TUContext &TU) : TU(TU) {}
  /// Boundary comments on or directly above the line of L: (where, text).
  std::vector<std::pair<SourceLoc, std::string>> at(SourceLocation L) const;

private:
  TUContext &TU;
};

} // namespace extract
} // namespace wslint
