// SPDX-License-Identifier: Apache-2.0
//
// Core-internal (tool/core/merge/; see BuildGraph.cpp for the stages).
// Sockets per owning instance. A socket held in a field of a class (`Link::ws_`), or made
// in a local of its method (websocketpp's `Link::open::con`, a connection each Link's own
// endpoint makes: identity/owners-of-local-connections), is one socket per object of that
// class. When the objects that open it are members of other
// classes (`Chat::link_`, `Prices::link_`), each owner's member is a socket of its own, and
// what the code does to the socket on one member's behalf (a ping sent through that member,
// a timer armed for it) is that socket's evidence only: one feature's heartbeat does not
// hide the missing heartbeat of the feature beside it
// (test-inputs/identity/owners-of-one-wrapper).
//
// Whose object a call runs on is known from the call itself (CallEdge::Receiver: a member
// of `this`, or a local, that owns its object: identity/owners-as-locals). When one member
// reaches the openings, its own owners are looked for a level up (owners of owners:
// identity/owners-of-owners). When any code the client runs reaches the class's code
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
  /// The member, and the members inside its object down to the socket's class (owners of
  /// owners: `App::chat_ → Feature::link_`): Key joins their USRs, Name their names.
  const MemberFact *Member = nullptr;
  std::string Key, Name;
  /// The calls on the member from code the client runs, the earliest reached caller first.
  std::vector<const CallEdge *> Calls;
  /// What runs on the member's object: the callees of Calls, and what they run on the same
  /// object (calls on `this`, callables they hand on, calls on the members inside it).
  std::set<std::string> Runs;
  /// For each of Runs, the call it is first reached by (breadth first from Calls): the way
  /// to this owner's copy goes through its member.
  std::map<std::string, const CallEdge *> Parents;
  /// What runs on the member's object again and again: called from code that repeats, or
  /// repeating within its own code.
  std::set<std::string> Repeats;
};

/// The socket's own object, when the socket is a member holding an object of a subclass of
/// the socket type that opens itself (Sockets.cpp): calls on that member run the socket's
/// own code (Own: its slot key), and calls on the other members holding the subclass run
/// other sockets' (Others) (identity/self-reopening-subclass-held-by-owners).
struct SlotObjects {
  std::set<std::string> Own, Others;
};

/// The owners the openings in Group split into, in member-name order: empty unless at least
/// two members reach an opening and every call into their code names its member. When two
/// or more members reach one but some call does not name its member, Unknown says so
/// (Socket::OwnersUnknown).
std::vector<Owner> ownersOf(const Program &M, const std::vector<const SocketSite *> &Group,
                            const std::map<std::string, unsigned> &Reach,
                            const SlotObjects &Slots, std::string &Unknown);

/// Of a socket's sites or evidence, those that belong to owner O: in the code that runs on
/// its member's object, or in code that runs on no owner's (a library-wide setting).
bool belongsTo(const std::vector<Owner> &All, const Owner &O, const std::string &Function);

/// The key (Slot::USR) of an owner's copy of the socket whose slot key is SlotKey (Sockets.h:
/// slotKey); SlotKey itself when Member is empty.
std::string ownerSlotKey(const std::string &Member, const std::string &SlotKey);

/// Does Function run periodically for owner O's socket: it repeats on O's object, or it
/// repeats (Program::Periodic) outside every owner's code.
bool periodicFor(const Program &M, const std::vector<Owner> &All, const Owner &O,
                 const std::string &Function);

/// Does a way back to the socket's opening, through the functions On, reopen owner O's
/// copy: it passes code that calls on O's member, or no code that calls on any owner's (a
/// way inside the wrapper's own code, which every owner's object runs). A retry loop in
/// one feature's code reopens that feature's link only
/// (test-inputs/identity/owners-reconnect-their-own).
bool wayFor(const std::vector<Owner> &All, const Owner &O, const std::set<std::string> &On);

/// The shortest ways W with the part inside O's code replaced by the calls on its member:
/// the way from the client's entry to O's socket.
Ways waysThrough(const Ways &W, const Owner &O);

} // namespace merge
} // namespace wslint
