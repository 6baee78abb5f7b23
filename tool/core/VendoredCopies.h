// SPDX-License-Identifier: Apache-2.0
// Copies of a WebSocket library kept inside the project (a vendored websocketpp, an in-tree
// IXWebSocket, easywsclient's two files beside the app): library code, not the user's.
#pragma once

#include "Facts.h"
#include "Rules.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wslint {

/// Finds the copies a TU's files lie in. A file is in a copy when its path runs through the
/// directory a library's header globs name (`websocketpp/client.hpp` → a `websocketpp/`
/// directory), or shares its stem with a one-file library's header beside it
/// (`easywsclient.hpp`), and that copy really is the library: the headers its rules name
/// are there, and one of them declares one of its socket types (a project's own
/// `net/websocketpp/` wrapper folder is not websocketpp: vendored-lookalike-own-folder).
/// Paths matching OwnCode (the config's `own-code:`) are never a copy.
class VendoredCopies {
public:
  VendoredCopies(const RuleSet &Rules, std::string Root, std::vector<std::string> OwnCode);

  /// The copy the file at AbsPath belongs to, or null.
  const VendoredCopy *find(const std::string &AbsPath);

private:
  struct Candidate {
    std::string Place;       ///< as VendoredCopy::Place
    std::string IncludeRoot; ///< absolute: where the header globs are spelled from
    const LibraryRules *Library;
  };
  std::vector<Candidate> candidates(const std::string &Rel) const;
  bool isCopy(const Candidate &C) const;

  std::vector<const LibraryRules *> Libraries;
  std::string Root;
  std::vector<std::string> OwnCode;
  std::map<std::string, std::optional<VendoredCopy>> Checked; ///< by Place + library
};

/// The copies the TUs of a run took for library code, each once, sorted.
std::vector<VendoredCopy> copiesIn(const FactSet &Facts);

/// The note a run prints once about them: where each copy is, which library, and how to
/// read one as the user's own code instead.
std::string describeCopies(const std::vector<VendoredCopy> &Copies);

/// Whether Text declares a class, struct or Objective-C interface named Name (an export
/// macro between the keyword and the name is allowed: `class IXWEBSOCKET_API WebSocket`).
bool declaresType(const std::string &Text, const std::string &Name);

/// Whether Text declares the function Name: a return type, the name, its parameter list
/// (a call, after an operator or `return`, is not a declaration).
bool declaresFunction(const std::string &Text, const std::string &Name);

} // namespace wslint
