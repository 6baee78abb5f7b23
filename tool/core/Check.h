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

/// Why a socket is in the finding's client: entry → … → the opening call.
struct CallPath {
  std::string Socket; ///< the slot's name
  std::vector<Note> Steps;
};

struct Finding {
  std::string Check;
  std::string Severity = "warning";
  SourceLoc Loc;
  std::string Message;
  /// The client whose finding the others merged into: Key is its key.
  std::string Client;
  /// Every client the finding holds for, sorted: a socket reached from several programs is
  /// one finding (mergeAcrossClients).
  std::vector<std::string> Clients;
  std::string Citation; ///< decision-table row id
  /// The rules id of the library of the one socket the finding is about ("" for findings
  /// about several): its fix hints apply (addFixHints).
  std::string Library;
  /// Fix kinds (CheckInfo::Fix) whose library hint does not apply: the finding's own notes
  /// say what to change, given what the code already does (a wait that only needs growth
  /// and jitter is not told to add a wait).
  std::vector<std::string> OwnFix;
  std::vector<Note> Notes;
  /// The ways the client reaches the sockets the finding is about.
  std::vector<CallPath> Paths;
  /// Identifies the finding without line numbers (baselines, SARIF fingerprints):
  /// "<check>|<client>|<subject>", for the first client.
  std::string Key;
  /// What the finding is about within a client, without the client ("" for a finding about
  /// the client as a whole): findings of one check on one subject at one place merge.
  std::string Subject;
  /// The keys of the other clients' findings merged into this one: a baseline entry written
  /// for any of them still matches.
  std::vector<std::string> MergedKeys;
};

/// Orders findings by location, then check, then message: output order never depends on
/// thread scheduling or map iteration.
void sortFindings(std::vector<Finding> &Findings);

/// One finding per check and subject: findings several clients share (a socket in a
/// library reached by several programs) become one that lists the clients, keeps the first
/// client's key (and every client's in Keys), and tells in notes what other clients differ
/// in. Expects sorted findings; keeps them sorted.
void mergeAcrossClients(std::vector<Finding> &Findings);

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
  /// The fix hints its findings show: kinds of the rules files' `fix:` ("backoff,close").
  const char *Fix;
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
