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

/// Functions reachable from Roots, numbered in the order a client runs into them.
std::map<std::string, unsigned> reachableFrom(const Program &M,
                                              const std::vector<std::string> &Roots);

/// For each function reachable from Roots, the edge of a shortest way there.
std::map<std::string, const CallEdge *> shortestParents(const Program &M,
                                                        const std::vector<std::string> &Roots);

/// The way Parents records from the client's entry to Function, then the opening at Site.
std::vector<PathStep> pathTo(const Program &M,
                             const std::map<std::string, const CallEdge *> &Parents,
                             const std::string &Function, const SourceLoc &Site,
                             const std::string &What);

/// Fills Program::Periodic (what runs again and again over time) and Program::OnEvents
/// (what runs on events, when the code sends or expects a pong).
void findRepeatingCode(Program &M);

} // namespace merge
} // namespace wslint
