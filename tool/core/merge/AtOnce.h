// SPDX-License-Identifier: Apache-2.0
//
// Core-internal (tool/core/merge/; see BuildGraph.cpp for the stages).
// How many sockets a client holds at the same time: countAtOnce builds the steps from the
// program, peakUnits walks them. Each function is a sequence of steps in source order: an
// opening (or an instance of a class holding sockets) makes units alive, a call runs the
// callee's steps, a hand-off runs them at some later time. Steps in different arms of a branch
// are alternatives. A unit opened into a local of the function dies when the function returns;
// the others stay alive; one declared in a block (a loop body, an arm, a braced block) dies
// at its end. The count is the largest set of units alive at one point.
#pragma once

#include "Program.h"

#include "../Graph.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace wslint {
namespace merge {

struct Step {
  enum Kind { Open, Call, Handoff };
  Kind K = Open;
  SourceLoc Loc;
  std::string Branch;             ///< Placement::Branch of the step in its function
  std::string Callee;             ///< Call, Handoff
  std::vector<std::string> Units; ///< Open: what it makes alive
  bool Scoped = false;            ///< Open: the units die when the function returns
  /// Open: the units die at the end of the innermost arm around the step: the block that
  /// declares them (a stack object in a loop body dies each round, one in an `if` arm or a
  /// braced block at its end).
  bool BlockScoped = false;
  /// Open: the units are a new object each time the function runs (a local connection, a
  /// stack object holding one), rather than the copy of one owner's member.
  bool PerRun = false;
  /// Handoff: the callee runs on a thread of its own; each such start runs its own copy,
  /// so what it holds only while it runs (scoped units) counts once per start.
  bool OwnThread = false;
  /// Open of an instance's unit, Handoff to a thread of its own: how the copy it makes
  /// comes about, said at Loc ("'Market::trades' starts 'keep' on a thread of its own").
  std::string What;
};

/// Steps per function (USR).
using Timeline = std::map<std::string, std::vector<Step>>;

/// The largest set of units alive at once when the roots run (together: entry points a
/// host may call in any order, on any thread).
/// Origins, when given, receives for each unit that is one copy among several of a socket
/// (an instance, a thread's own) the step that made it.
std::set<std::string> peakUnits(const Timeline &T, const std::vector<std::string> &Roots,
                                std::map<std::string, PathStep> *Origins = nullptr);

/// Sets each socket's Socket::AtOnce for a client that runs from Roots: the client reaches
/// Reach, opens its sockets at Mine.
void countAtOnce(const Program &M, const std::vector<const SocketSite *> &Mine,
                 const std::map<std::string, unsigned> &Reach,
                 const std::vector<std::string> &Roots, Client &C);

/// Without an entry point nothing says what runs together: every socket counts once.
void countEverySocket(Client &C);

} // namespace merge
} // namespace wslint
