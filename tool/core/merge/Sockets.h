// SPDX-License-Identifier: Apache-2.0
//
// Core-internal (tool/core/merge/; see BuildGraph.cpp for the stages).
// The sockets of a client: its sites grouped by the slot that holds them, each with its
// endpoint, its evidence (Evidence.h) and the boundary it states.
#pragma once

#include "Program.h"
#include "Reach.h"

#include "../Config.h"
#include "../Graph.h"

namespace wslint {
namespace merge {

/// What identifies a socket: its slot, or its opening call when nothing names it.
std::string slotKey(const Slot &Holder, const SourceLoc &Site);

/// The sockets the sites make, in the order of the sites. Reach: the client's functions
/// (null: any function counts, for sockets no entry reaches). W: the shortest ways from
/// the client's entries (null: the sockets get no path).
std::vector<Socket> socketsOf(const Program &M, const std::vector<const SocketSite *> &Sites,
                              const Config &Cfg, const std::map<std::string, unsigned> *Reach,
                              const Ways *W);

} // namespace merge
} // namespace wslint
