// SPDX-License-Identifier: Apache-2.0
//
// Core-internal (tool/core/merge/; see BuildGraph.cpp for the stages).
// Sockets per owning instance. A socket held in a field of a class (`Link::ws_`) is one
// socket per object of that class. When the objects that open it are members of other
// classes (`Chat::link_`, `Prices::link_`), each owner's member is a socket of its own, and
// what the code does to the socket on one member's behalf (a ping sent through that member,
// a timer armed for it) is that socket's evidence only: one feature's heartbeat does not
// hide the missing heartbeat of the feature beside it
// (test-inputs/identity/owners-of-one-wrapper).
//
// Whose object a call runs on is known from the call itself (CallEdge::Receiver: a member
// of `this` that owns its object). When any code the client runs reaches the class's code
// without naming such a member (through a pointer, a reference, a parameter, a shared_ptr,
// a constructor outside an initializer), the owner cannot be told apart: the socket stays
// one, as before, and the text says nothing it does not know
// (test-inputs/identity/owners-of-one-wrapper-lookalikes).
#pragma once

#include "Program.h"
#include "Reach.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace wslint {
namespace merge {

/// One member whose object holds its own copy of a socket.
struct Owner {
  const MemberFact *Member = nullptr;
  /// What runs on the member's object: the callees of calls on it from code the client
  /// runs, and what they run on the same object (calls on `this`, callables they hand on).
  std::set<std::string> Runs;
  /// The functions the evidence checks treat as periodic for this owner's socket: what
  /// runs periodically outside every owner's code, and what runs on this member's object
  /// again and again (called from code that repeats, or repeating within its own code).
  std::set<std::string> Periodic;
};

/// The owners the openings in Group split into, in member-name order: empty unless at least
/// two members reach an opening and every call into their code names its member. When two
/// or more members reach one but some call does not name its member, Unknown says so
/// (Socket::OwnersUnknown).
std::vector<Owner> ownersOf(const Program &M, const std::vector<const SocketSite *> &Group,
                            const std::map<std::string, unsigned> &Reach, std::string &Unknown);

/// Of a socket's sites or evidence, those that belong to owner O: in the code that runs on
/// its member's object, or in code that runs on no owner's (a library-wide setting).
bool belongsTo(const std::vector<Owner> &All, const Owner &O, const std::string &Function);

/// The key (Slot::USR) of an owner's copy of the socket whose slot key is SlotKey (Sockets.h:
/// slotKey); SlotKey itself when Member is empty.
std::string ownerSlotKey(const std::string &Member, const std::string &SlotKey);

/// The way from the client's entry to Function through calls on Member (Ways W for the
/// part before the first call on it): the way to an owner's socket.
Ways waysThrough(const Program &M, const Ways &W, const std::string &Member,
                 const std::map<std::string, unsigned> &Reach);

} // namespace merge
} // namespace wslint
