// SPDX-License-Identifier: Apache-2.0
//
// How many sockets a client holds at the same time (core-internal; Merge.cpp builds the
// steps from the facts). Each function is a sequence of steps in source order: an opening
// (or an instance of a class holding sockets) makes units alive, a call runs the callee's
// steps, a hand-off runs them at some later time. Steps in different arms of a branch are
// alternatives. A unit opened into a local of the function dies when the function returns;
// the others stay alive; one declared in a block (a loop body, an arm, a braced block) dies
// at its end. The count is the largest set of units alive at one point.
#pragma once

#include "Facts.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace wslint {

struct Step {
  enum Kind { Open, Call, Handoff };
  Kind K = Open;
  SourceLoc Loc;
  std::string Branch;              ///< Placement::Branch of the step in its function
  std::string Callee;              ///< Call, Handoff
  std::vector<std::string> Units;  ///< Open: what it makes alive
  bool Scoped = false;             ///< Open: the units die when the function returns
  /// Open: the units die at the end of the innermost arm around the step: the block that
  /// declares them (a stack object in a loop body dies each round, one in an `if` arm or a
  /// braced block at its end).
  bool BlockScoped = false;
};

/// Steps per function (USR).
using Timeline = std::map<std::string, std::vector<Step>>;

/// The largest set of units alive at once when the roots run (together: entry points a
/// host may call in any order, on any thread).
std::set<std::string> peakUnits(const Timeline &T, const std::vector<std::string> &Roots);

} // namespace wslint
