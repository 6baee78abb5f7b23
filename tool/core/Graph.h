// SPDX-License-Identifier: Apache-2.0
//
// The connection graph: what a reviewer would draw on a whiteboard.
//
// A *client* is one running app instance that owns sockets: a process, a browser tab, a
// mobile app. wslint finds clients from entry points (`main`, `WinMain`, configured entry
// functions) or from the config, and gives each the sockets whose opening call is reachable
// from its entry over the whole codebase's call graph, callbacks included.
//
// A *socket* is one connection that lives at the same time as the client's others. Its
// identity is its *slot*: the field, global or local that holds it. Opening the same slot
// again, from a close handler or a retry loop, is a reconnect of the same socket; two slots
// are two sockets even when one helper opens both. A socket whose slot is created per item
// (inside a loop, or an element of a container) has unbounded multiplicity: fan-out.
//
// A *boundary* is the one-sentence reason, written next to the slot or the opening call, why
// a socket cannot share the client's other connection (trust, reliability, network policy,
// heavy binary beside control, tenant plane). Checks read the graph only; they never see
// source code, so every fact they need is an attribute here.
#pragma once

#include "Config.h"
#include "Facts.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace wslint {

/// A parsed `websocket-boundary(<category>): <reason>` annotation.
struct Boundary {
  SourceLoc Loc;
  std::string Category;
  std::string Reason;
  bool FromConfig = false;
  /// Empty when the annotation states a real boundary; otherwise why it does not.
  std::string Problem;
  bool valid() const { return Problem.empty(); }
};

/// Parses one comment's text. Returns nullopt when the text is not a boundary annotation
/// at all; otherwise a Boundary whose Problem says what is wrong with it, if anything.
std::optional<Boundary> parseBoundaryComment(const std::string &Text);
/// Validates a category and reason (shared by comments and config entries).
std::string boundaryProblem(const std::string &Category, const std::string &Reason);
/// The categories a boundary may name, in documentation order.
const std::vector<std::string> &boundaryCategories();

/// One way a socket comes back after it drops, and how long it waits first.
struct ReconnectPath {
  std::string How; ///< e.g. "reopened from the handler registered by set_close_handler"
  SourceLoc Loc;
  std::string Backoff = "none"; ///< "none", "fixed", "exponential", "exponential-jitter", …
  std::string BackoffEvidence;
  SourceLoc BackoffLoc;
  /// The library's own retry (its default), not code of the project: the wait is the
  /// library's, so its rules file says how to replace it.
  bool ByLibrary = false;
};

/// One step of the way from a client's entry to a socket's opening call: a call, a callable
/// handed on, a function run by a timer or from storage, and last the opening itself.
struct PathStep {
  SourceLoc Loc;
  std::string Text; ///< "'main' calls 'Desk::start'"
};

struct Socket {
  std::string Id; ///< "s1", "s2", … in order of the first opening site within the client
  std::string Library;
  std::string LibraryName;
  SourceLoc Loc;                ///< the first opening site
  std::vector<SourceLoc> Sites; ///< every opening site of this slot (reconnects included)
  Slot Holder;
  /// For one of several owners' copies of a socket held in a class's field: the member
  /// (USR) whose object holds this copy, then the members inside it ('>' between USRs, the
  /// outermost first); Holder is then named by the owner path ("Chat::link_ → Link::ws_",
  /// "App::chat_ → Feature::link_ → Link::ws_") and counted by the outermost owner's
  /// objects (merge/Owners.h).
  std::string Owner;
  /// When the outermost owner is a local ("main::chat → Link::ws_"): its declaration. The
  /// copy's objects are the ones made there, with their lifetime (a local per iteration).
  SourceLoc OwnerDecl;
  /// Several members own objects of the class holding this socket, but code the client runs
  /// reaches the class's code without naming whose object it runs on: the socket stays one
  /// (counted per instance) and this says why, e.g. "owners 'Chat::link_' and
  /// 'Prices::link_' not told apart: 'main' calls 'Link::keepAlive' at main.cpp:34 without
  /// naming one".
  std::string OwnersUnknown;
  bool Unbounded = false; ///< fan-out: one socket per item
  /// The items are a server's requests or connections: the socket is opened from a
  /// per-request callback (a proxy dialling upstream for each client).
  bool PerRequest = false;
  std::string UnboundedEvidence; ///< why: the loop, or the class instantiated per item
  SourceLoc UnboundedLoc;
  std::string Endpoint;
  bool EndpointIsLiteral = false;
  bool Heartbeat = false;
  std::string HeartbeatEvidence; ///< what proves the heartbeat, or why there is none
  SourceLoc HeartbeatLoc;
  /// The heartbeat verdict holds on some paths only: the code turns the heartbeat on only
  /// under this condition, or off under it. The verdict is the risky side (no heartbeat).
  std::string HeartbeatCondition;
  /// How often the heartbeat goes out, in seconds, when the code states it as a constant
  /// (an option's interval, the period of the timer or loop that pings); 0: not known.
  double HeartbeatInterval = 0;
  /// The socket lives for one exchange: its own message handler closes it, on every path,
  /// when the first message arrives (a probe that sends on open and closes at the reply).
  /// Says how; empty for a socket that stays open. No heartbeat is needed then.
  std::string OneExchange;
  SourceLoc OneExchangeLoc; ///< the close
  bool Reconnect = false;
  std::string ReconnectEvidence; ///< how the socket is reopened (handler, loop, library)
  SourceLoc ReconnectLoc;
  /// The library's own reconnect is switched off only under this condition: on the other
  /// paths it reconnects (the verdict).
  std::string ReconnectCondition;
  std::string Backoff = "not-applicable";
  std::string BackoffEvidence; ///< the delay found on the reconnect path, if any
  SourceLoc BackoffLoc;
  /// Every reconnect path found, worst backoff first; the fields above describe the first.
  std::vector<ReconnectPath> ReconnectPaths;
  /// How many of this socket the client holds at its peak (instances of the class holding
  /// it that live at once); 0 when the client never holds it at its peak.
  unsigned AtOnce = 0;
  /// When AtOnce counts several: where each copy comes from, in source order (an instance
  /// of the class holding it made there; a thread started there running its own), one per
  /// copy; empty when they are not all known.
  std::vector<PathStep> Copies;
  std::optional<Boundary> Annotation;
  /// Why the socket is in this client: the shortest way from the client's entry to its
  /// first opening site, entry first, the opening last (empty when no entry reaches it).
  std::vector<PathStep> Path;
};

struct Client {
  std::string Name;
  ClientKind Kind = ClientKind::Desktop;
  std::vector<std::string> Entry; ///< entry function names
  SourceLoc EntryLoc;
  Budget Limits;
  std::vector<Socket> Sockets;
  /// The most sockets the client holds at the same time (fan-out sockets aside): sockets
  /// opened one after another, or on alternative paths, do not add up; each live instance
  /// of a class holding a socket adds one. The sum of its sockets' Socket::AtOnce.
  unsigned atOnce() const {
    unsigned N = 0;
    for (const Socket &S : Sockets)
      N += S.Unbounded ? 0 : S.AtOnce;
    return N;
  }
  /// True for the pseudo-client that gathers sockets no entry point reaches; whole-client
  /// checks (budget, boundaries) skip it because its sockets need not live together.
  bool Unreached = false;
  /// Some of the client's code may live in a TU that could not be analysed: it reaches a
  /// function that TU defines, or one no analysed TU defines. Counts may be low.
  bool Incomplete = false;
  /// Those TUs (main files), sorted.
  std::vector<std::string> IncompleteUnits;
  /// The client has an entry point and the facts define every user function it reaches:
  /// nothing outside them can add a socket or configure one (what one TU can decide).
  bool SelfContained = false;
};

struct Graph {
  /// The project's name: `project:` in the config, else its root folder's name. Clients
  /// are named after their entries, so the project is named once, in every output.
  std::string Project;
  std::vector<Client> Clients;
  /// Configuration problems met while building the graph (an `entry:` that names no
  /// function, or functions of several programs): file:line: message, with the candidates.
  struct ConfigError {
    bool Missing; ///< names nothing (not an error when only some TUs were analysed)
    std::string Message;
  };
  std::vector<ConfigError> ConfigErrors;
};

/// Builds the connection graph from merged facts.
Graph buildGraph(const FactSet &Facts, const Config &Cfg);

/// The names by which other code reaches the sockets in Facts: the unqualified names of
/// every function (and function-holding storage) with a path to an opening call, a socket's
/// evidence or its handlers. A TU that never writes one of them cannot add a path to a
/// socket; one that does is parsed even without a WebSocket header (the prefilter's second
/// round). Entry points are left out: nothing calls them.
std::set<std::string> namesLeadingToSockets(const FactSet &Facts);

} // namespace wslint
