// SPDX-License-Identifier: Apache-2.0
// Which TUs can hold a socket, decided from their include graph before any parse: Clang's
// dependency-directives scanner (the machinery of clang-scan-deps) preprocesses only the
// directives, so macro-selected and nested includes are followed exactly, at a fraction
// of a parse.
#pragma once

#include "llvm/Support/Error.h"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace clang {
namespace tooling {
struct CompileCommand;
}
} // namespace clang

namespace wslint {

class Prefilter {
public:
  /// HeaderGlobs: include spellings that make a TU relevant (RuleSet::socketHeaderGlobs).
  Prefilter(std::vector<std::string> HeaderGlobs, std::string ResourceDir);
  ~Prefilter();

  /// Every file the TU reads (absolute paths), or an error when the scan fails (the TU is
  /// then parsed anyway: never skip on doubt). Thread-safe; workers share one scanner
  /// service and its cache of scanned files.
  llvm::Expected<std::vector<std::string>>
  dependencies(const clang::tooling::CompileCommand &Command) const;

  /// Does one of Files match a header glob? A glob matches a path's trailing components
  /// ("boost/beast/*" matches /usr/include/boost/beast/websocket.hpp).
  bool relevant(const std::vector<std::string> &Files) const;

  /// Does File write one of Names as an identifier? Raw lexing, no preprocessing: comments
  /// and string literals do not count, macros are not expanded. A file's identifiers are
  /// read once per run. Thread-safe. (The second round: a TU without a WebSocket header
  /// that calls into socket code must still be parsed for its calls.)
  bool mentionsAny(const std::string &File, const std::set<std::string> &Names) const;
  /// Every identifier File writes, sorted (empty when it cannot be read).
  std::vector<std::string> identifiers(const std::string &File) const;

  struct Impl; ///< opaque: the scanner service and the per-file caches

private:
  std::unique_ptr<Impl> P;
};

} // namespace wslint
