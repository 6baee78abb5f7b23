// SPDX-License-Identifier: Apache-2.0
//
// Core-internal (tool/core/merge/; see BuildGraph.cpp for the stages).
// Evidence: what the program's facts say about one socket. Its heartbeat (a library option,
// a ping or message sent over time, or the peer's pings answered), how it comes back after
// a drop and how long it waits first (reconnect paths and their backoff), and whether it is
// opened once per item (fan-out).
#pragma once

#include "Program.h"

#include "../Graph.h"

#include "llvm/ADT/STLFunctionalExtras.h"

namespace wslint {
namespace merge {

/// The heartbeat verdict from the evidence about a socket (Evs): the first evidence that
/// holds on every path, else why there is none (switched off, only under a condition, a
/// requirement unmet). Periodic: does a function run periodically for this socket (default
/// Program::Periodic; an owner's copy has its own: merge/Owners.h, periodicFor).
void describeHeartbeat(const Program &M, const std::vector<Evidence> &Evs, Socket &S,
                       llvm::function_ref<bool(const std::string &)> Periodic = nullptr);

/// Whether the socket lives for one exchange (Socket::OneExchange): a message handler of
/// its (Sources: its slot and the objects that made it) closes it with no condition on the
/// way, in the handler or in code the handler always calls.
void describeExchange(const Program &M, const std::vector<Evidence> &Evs,
                      const std::set<std::string> &Sources, Socket &S);

/// A heartbeat the peer drives, for a client's only socket: its event code answers pongs.
void describePeerHeartbeat(const Program &M, const std::map<std::string, unsigned> &Reach,
                           Socket &S);

/// Every way the socket comes back after it drops (Sources: its slot and the objects that
/// made it; Group: its opening sites), each with its backoff; the worst is the verdict.
/// Reach: the client's functions (null: any function counts, for sockets no entry reaches).
/// Mine: does a way through these functions (start to opening) reopen this socket (default:
/// every way does; an owner's copy has its own: merge/Owners.h, wayFor).
void describeReconnect(const Program &M, const std::vector<Evidence> &Evs,
                       const std::set<std::string> &Sources,
                       const std::vector<const SocketSite *> &Group,
                       const std::map<std::string, unsigned> *Reach, Socket &S,
                       llvm::function_ref<bool(const std::set<std::string> &)> Mine = nullptr);

/// A function the client runs once per item: the call (or the thread start) in the loop,
/// and whether it runs on a thread of its own, beside the others.
struct PerItemCall {
  SourceLoc Loc;
  bool OnThread = false;
  /// The function is the callable itself that is started on a thread or posted once per item
  /// (not code it calls): everything it does, it does once per item.
  bool Handed = false;
};

/// Whether the socket is one per item (per element, per round kept, per object made per item
/// or per request). PerItem: functions the client runs once per item of a loop that steps
/// through items (not one that goes round until something works), with the call in that
/// loop; PerRequest: functions a server runs once per request, with the handler that makes
/// them so.
void describeFanout(const Program &M, const std::vector<const SocketSite *> &Group,
                    const std::map<std::string, unsigned> *Reach,
                    const std::map<std::string, PerItemCall> &PerItem,
                    const std::map<std::string, const PerRequestFact *> &PerRequest, Socket &S);

/// Instances of the classes holding socket S that the client makes (all of them for
/// sockets no entry point reaches: Reach null); for an owner's copy held by a local, the
/// objects made at its declaration.
std::vector<const InstantiationFact *>
instancesHolding(const Program &M, const Socket &S,
                 const std::map<std::string, unsigned> *Reach);

} // namespace merge
} // namespace wslint
