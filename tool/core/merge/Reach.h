// SPDX-License-Identifier: Apache-2.0
//
// Core-internal (tool/core/merge/; see BuildGraph.cpp for the stages).
// Reach: what the program's code may run from where, over its call edges. Which functions a
// client runs (from its entries, in the order it meets them), the shortest way from an
// entry to each (a socket's path), what runs again and again over time, and what runs on
// the sockets' events.
#pragma once

#include "Program.h"

#include "../Graph.h"

namespace wslint {
namespace merge {

/// Every function reachable from From over Adjacency (From included): with callees, what
/// From may run; with callers, what may run From. Within: only through these functions (a
/// client's), when given.
std::set<std::string> closure(const std::map<std::string, std::vector<std::string>> &Adjacency,
                              const std::string &From,
                              const std::map<std::string, unsigned> *Within = nullptr);

/// What a client runs from its roots: its functions, numbered in the order it runs into them
/// (depth first, calls in source order), and the classes it makes objects of. A call
/// through a base reaches an override only when the client makes its class (rapid type
/// analysis, Bacon & Sweeney 1996; test-inputs/whole-program/programs-make-their-overrides).
struct Reached {
  std::map<std::string, unsigned> Order;
  std::set<std::string> Made;
};
Reached reachFrom(const Program &M, const std::vector<std::string> &Roots);

/// For each function reachable from Roots, the edge of a shortest way there (breadth
/// first); for each class made, the instantiation that makes it first that way.
struct Ways {
  std::map<std::string, const CallEdge *> Parents;
  std::map<std::string, const InstantiationFact *> MadeBy;
};
Ways shortestWays(const Program &M, const std::vector<std::string> &Roots);

/// Drops the overrides of classes the program does not make (Reached::Made) from its edges:
/// what runs periodically, on events or per item is then what this program runs.
void keepLiveOverrides(Program &M, const std::set<std::string> &Made);

/// Is Function a C++ destructor (its name's last part starts with '~')? Code that closes a
/// socket there tears its object down and reopens nothing, whatever handlers it names.
bool isDestructor(const Program &M, const std::string &Function);

/// A function as a path step names it ('Chat::start'; a lambda by where it is written).
std::string stepName(const Program &M, const std::string &USR);
/// The way W records from the client's entry to Function, then the opening at Site.
std::vector<PathStep> pathTo(const Program &M, const Ways &W, const std::string &Function,
                             const SourceLoc &Site, const std::string &What);

/// What a callback field holds runs when the code decides to call it (on a close, on a
/// message), not every round: the periodic code's reach stops at such a field.
bool fromCallbackField(const Program &M, const std::string &Caller);
/// What repeats with Roots: they and everything they call directly over Direct. Calls
/// handed on as callbacks (a message handler registered from there) are not in Direct; what
/// a callback field holds does not repeat with the code that calls it (fromCallbackField;
/// test-inputs/heartbeat/heartbeat-app-level-timer).
std::set<std::string>
repeatingWith(const Program &M, const std::map<std::string, std::vector<std::string>> &Direct,
              const std::set<std::string> &Roots);
/// Does timer D's callback Cb, through direct calls, arm the same timer again (itself, when
/// it opens no socket)?
bool rearms(const Program &M, const DelayFact &D, const std::string &Cb);
/// Fills Program::Periodic (what runs again and again over time) and Program::OnEvents
/// (what runs on events, when the code sends or expects a pong).
void findRepeatingCode(Program &M);

} // namespace merge
} // namespace wslint
