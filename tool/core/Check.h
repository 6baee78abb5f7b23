// SPDX-License-Identifier: Apache-2.0
// The check interface. A check is a pure function of the connection graph: it never
// parses YAML, prints, or sees the AST, so a unit test can feed it a hand-built graph.
#pragma once

#include "Config.h"
#include "Graph.h"

#include "llvm/Support/Error.h"

#include <memory>
#include <string>
#include <vector>

namespace wslint {

struct Note {
  SourceLoc Loc;
  std::string Message;
};

struct Finding {
  std::string Check;
  std::string Severity = "warning";
  SourceLoc Loc;
  std::string Message;
  std::string Client;
  std::string Citation; ///< decision-table row id
  std::vector<Note> Notes;
  /// Identifies the finding without line numbers (baselines, SARIF fingerprints).
  std::string Key;
};

/// Orders findings by location, then check, then message: output order never depends on
/// thread scheduling or map iteration.
void sortFindings(std::vector<Finding> &Findings);

/// What a check needs to see to decide, which says where it can run:
///  Site        — the opening call alone (the endpoint literal): anywhere;
///  Socket      — everything that touches one socket;
///  WholeClient — every socket of the client.
/// The clang-tidy plugin sees one TU: it reports Socket and WholeClient findings only for
/// clients whose every reachable function that TU defines (Client::SelfContained).
enum class Scope { Site, Socket, WholeClient };

class Check {
public:
  virtual ~Check() = default;
  virtual void run(const Graph &G, const Client &C, std::vector<Finding> &Out) const = 0;
};

struct CheckInfo {
  const char *Id;
  const char *Summary; ///< the one sentence of --list-checks and the docs page
  Scope CheckScope;
  std::unique_ptr<Check> (*Make)(const Config &);
};

/// A clang-tidy style glob list ("-*,websocket-missing-*"): later entries win.
class CheckFilter {
public:
  /// Errors for bad globs and for plain names that match no check (with a suggestion).
  static llvm::Expected<CheckFilter> parse(const std::string &Globs,
                                           const std::vector<std::string> &Known);
  bool enabled(const std::string &Id) const;

private:
  std::vector<std::pair<bool, std::string>> Entries;
};

} // namespace wslint
