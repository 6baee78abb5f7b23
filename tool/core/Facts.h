// SPDX-License-Identifier: Apache-2.0
//
// Facts: what the extractor learns from one translation unit, as plain data.
//
// Nothing here refers to Clang. Every entity that can appear in more than one TU (a
// function defined in a header, a class member) is keyed by its USR, so the facts of many
// TUs, extracted in any order, in any process, on any machine, merge into one graph by
// plain set union. Paths are relative to the project root when the file lies under it.
//
// Vocabulary (see also Graph.h):
//   site      a place in the code that opens a client WebSocket (an "open call" of a rule).
//   slot      the thing that holds the socket an open call creates or reopens: a field, a
//             global, a local, a parameter, or a handle returned by a C API. Reopening a
//             slot is a reconnect, not a second socket.
//   evidence  a fact about a slot that a check needs: a heartbeat option set on it, a ping
//             sent on it, a backoff policy applied to it.
//   edge      "caller may run callee": a direct call, or a callable handed to someone
//             who may invoke it later (handlers, signal connections, timers, lambdas).
#pragma once

#include <map>
#include <tuple>
#include <optional>
#include <string>
#include <vector>

namespace llvm {
namespace json {
class Value;
class Path;
} // namespace json
} // namespace llvm

namespace wslint {

/// Bumped whenever what the extractor records changes, so that cached facts of an older
/// extractor are never reused (part of the fact cache's key).
constexpr unsigned FactsSchemaVersion = 18;

/// A position in a source file. Line and column are 1-based; 0 means unknown.
struct SourceLoc {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;

  bool valid() const { return !File.empty() && Line != 0; }
  friend bool operator<(const SourceLoc &A, const SourceLoc &B);
  friend bool operator==(const SourceLoc &A, const SourceLoc &B) {
    return A.File == B.File && A.Line == B.Line && A.Column == B.Column;
  }
};

/// Where a fact sits inside its function: the loops around it and the branch arms it runs
/// in. Two things in different arms of one branch (if/else, switch cases, `?:`, and the code
/// after an `if` whose arm always returns) never both run in one call of the function.
struct Placement {
  unsigned LoopDepth = 0; ///< loops around it inside its function
  /// The innermost loop repeats until something happens (while, do, for (;;), a counted
  /// for that breaks out), not once per item (range-for, an index loop), and runs this on
  /// every round (not under an `if` in the loop): doing something there again is a retry.
  bool InRetryLoop = false;
  /// The innermost loop provably runs at most once (for (i = 0; i < 1; ++i), do … while
  /// (false)): not a loop for fan-out purposes.
  bool LoopRunsOnce = false;
  /// The innermost loop steps through items (a range-for, or a `for` with an increment that
  /// never leaves early): what runs in it runs once per item, not until something works.
  bool LoopPerItem = false;
  /// The branch arms around it, outermost first: "line:column=arm" joined by ';', the
  /// branch statement's position in its file and which arm holds the fact. A loop body is
  /// an arm too, "line:column=loop" (never exclusive: what it declares lives one round).
  std::string Branch;
  /// Does it run again and again in its function (a loop that may repeat)?
  bool repeats() const { return LoopDepth > 0 && !LoopRunsOnce; }
};

enum class SlotKind { Field, Global, Local, Parameter, Returned, Element, Temporary, Unknown };
const char *slotKindName(SlotKind K);
std::optional<SlotKind> parseSlotKind(const std::string &S);

/// Where a socket lives. Two sites with the same slot USR are the same socket.
struct Slot {
  std::string USR;
  std::string Name; ///< readable, e.g. "Desk::prices_" or "main::ws"
  SlotKind Kind = SlotKind::Unknown;
  SourceLoc Decl;   ///< declaration of the field/variable, if known
  /// The slot is a local declared inside a loop body (a fresh socket per iteration).
  bool DeclaredInLoop = false;
  /// A local whose socket outlives the local: moved or handed to a container, stored in a
  /// field, a global or through a pointer, captured by a callable (which may outlive the
  /// iteration or the call). A fresh one per iteration of a loop is one per item.
  bool Escapes = false;
  /// Raw text of "websocket-boundary" comments at the declaration.
  std::vector<std::pair<SourceLoc, std::string>> DeclComments;
  /// For a field: USR of the class it belongs to (one socket per instance of that class).
  std::string Record;
  /// USR of the project's own class whose object the slot holds (through a pointer, a
  /// smart pointer or as a container's element), "" for a library's class: which slots
  /// hold instances of a socket subclass that opens itself.
  std::string Holds;
  /// The slot is the object itself: a subclass of the socket type opening `this`
  /// (Holds and USR are its class).
  bool Self = false;
};

/// A place that opens a client WebSocket.
struct SocketSite {
  std::string Library;     ///< rules id, e.g. "boost-beast"
  std::string LibraryName; ///< display name, e.g. "Boost.Beast"
  std::string OpenCall;    ///< the matched open call, e.g. "handshake"
  SourceLoc Loc;           ///< the opening call
  std::string Function;    ///< USR of the enclosing function
  Slot Holder;
  std::string Endpoint;    ///< "" when the code does not state it
  bool EndpointIsLiteral = false;
  /// The opening call takes no endpoint: another call states it (IXWebSocket's start()
  /// after setUrl(url)).
  bool EndpointElsewhere = false;
  Placement In;            ///< loops and branch arms around the opening call
  std::string ClientKind;  ///< the kind of client this library implies ("" = none)
  /// The object that created the socket (websocketpp's endpoint for get_connection): its
  /// settings and pings apply to the socket too. Empty when none.
  std::string OwnerUSR;
  /// Raw text of "websocket-boundary" comments at the opening call.
  std::vector<std::pair<SourceLoc, std::string>> BoundaryComments;
};

enum class EvidenceKind {
  Heartbeat,
  HeartbeatOff,
  AsyncRead,
  Ping,
  ReconnectDefault, ///< the library reconnects by itself (Backoff says how)
  ReconnectOff,     ///< the code switches the library's own reconnect off
  /// A call that ends the library's own reconnect when it runs as the socket closes (Drogon's
  /// stop() in the closed handler); made elsewhere (at shutdown) it is teardown.
  ReconnectStop,
  Send,             ///< an application message sent on the socket (a heartbeat if periodic)
  /// A pong the code sends or expects (a message kind or opcode named …pong): the protocol
  /// has a ping/pong exchange, driven by the peer when the client only answers. Not tied to
  /// a slot (SlotUSR empty): the code names a message kind, not a socket.
  PongReply,
  /// The code closes the socket (close, shutdown, abort): code that runs after it and
  /// reaches an opening of the same socket reopens it.
  Close
};
const char *evidenceKindName(EvidenceKind K);

/// Identifies one piece of evidence apart from its location, for dropping repeats (a header
/// seen by several TUs): the slot, the kind, and whether it is a library default.
struct Evidence;
std::string evidenceKey(const Evidence &E);
std::optional<EvidenceKind> parseEvidenceKind(const std::string &S);

/// Something done to a slot that a check cares about.
struct Evidence {
  EvidenceKind Kind = EvidenceKind::Heartbeat;
  std::string Library;
  std::string SlotUSR;
  std::string Function; ///< USR of the enclosing function
  SourceLoc Loc;
  std::string Detail;   ///< human-readable, e.g. "set_option(stream_base::timeout{...})"
  /// Evidence that stands for the library's default behaviour rather than code the
  /// user wrote; explicit HeartbeatOff evidence on the same slot overrides it.
  bool LibraryDefault = false;
  /// The call sits inside a loop of its function (a ping sent periodically).
  bool InLoop = false;
  std::string Backoff; ///< for ReconnectDefault: "none", "fixed", "exponential", …
  /// The evidence only counts together with evidence of this kind on the same slot
  /// (e.g. Beast pings only while an asynchronous read is pending).
  std::optional<EvidenceKind> Needs;
  /// The call runs only under this condition (the source text of the `if` around it, in
  /// its function): the evidence holds on some paths, not on all. Empty: unconditional.
  /// For settings, only a runtime flag counts; for a close, any condition.
  std::string Condition;
  /// How often it pings, in seconds, when the code states it as a constant: a heartbeat
  /// option's interval (IXWebSocket's setPingInterval(45)), or for a ping or message sent
  /// in a loop, the loop's wait each round; 0: not known.
  double IntervalSeconds = 0;
};

/// A node of the call graph. Besides functions, storage that holds functions: a variable
/// initialised with a table of them (libwebsockets' protocols array, JNI's native methods,
/// an operations struct) and a field they are stored in (`ops->connect = f`, a
/// std::function member). Calling through such storage, or handing it on, may run any
/// function stored there.
/// Framework: code outside the program that the program hands control to and that calls
/// back into it (an Objective-C app's UIKit/AppKit/Foundation run loop, which calls every
/// method of the user's that overrides or implements one of theirs). One node for the
/// whole program.
enum class NodeKind { Function, Variable, Field, Framework };
struct FunctionFact {
  std::string USR;
  std::string Name;
  SourceLoc Loc;
  bool IsEntry = false;
  NodeKind Kind = NodeKind::Function;
  /// For an entry point that only one kind of client has (a JNI library's JNI_OnLoad and
  /// Java_… exports: "mobile"): that kind. Such entries together make one client.
  std::string ClientKind;
  /// The TU gives a program this definition, as a linker sees it: a function or method
  /// written out of line with external linkage (not inline, not a template's instance), an
  /// Objective-C method, a global table of functions with its initializer. A program that
  /// references it links this TU (see merge/Program.h, programs as link units).
  bool Strong = false;
};

/// Call: a direct call. Callback: a callable handed to someone who may run it later.
/// Repeating: a direct call made again and again from a loop that also waits (a sleep or a
/// poll timeout in the same loop), or the callback of a timer that repeats. Thread: a
/// callable that starts running now on a thread of its own (std::thread, std::async,
/// pthread_create, a post to a thread pool), beside the code that started it. Posted: a
/// callable handed to an executor that runs it once, soon, in turn with its other work
/// (`net::post(ioc, f)`).
enum class EdgeKind { Call, Callback, Repeating, Thread, Posted };
/// Code handed on rather than called in place (a callback, a thread's function, posted
/// work): it runs apart from the caller's own flow.
inline bool handsOn(EdgeKind K) {
  return K == EdgeKind::Callback || K == EdgeKind::Thread || K == EdgeKind::Posted;
}
struct CallEdge {
  std::string Caller;
  std::string Callee;
  EdgeKind Kind = EdgeKind::Call;
  /// The first such call in its caller (invalid for edges no call expression makes: a
  /// virtual override, storage holding a function).
  SourceLoc Loc;
  /// The branch arms around the call (Placement::Branch) and whether a loop that repeats
  /// until something happens surrounds it. Part of the edge's identity: the same call in
  /// two arms is two edges.
  std::string Branch;
  bool InRetryLoop = false;
  /// In a loop that steps through items (Placement::LoopPerItem): the callee runs once
  /// per item.
  bool InItemLoop = false;
  /// For an edge from storage to a function it holds: the function whose code put it
  /// there (empty: a global's initializer). The storage holds it for a client only when
  /// the client runs that code (a callback field shared by several programs holds, in
  /// each, what that program stores).
  std::string Via;
  /// For the edge from a virtual method to one of its overrides (C++): the class whose
  /// method the override is. A call through the base runs it only in a program that makes
  /// an object of that class or of one derived from it (rapid type analysis).
  std::string Class;
  /// For a call of a method on an object a class owns as a member, or a function owns as a
  /// local (by value or through a unique_ptr or optional: `link_.send(…)`,
  /// `link_->open(…)`, `chat.start()`, or its construction in a constructor's initializers
  /// or at the local's declaration): that member or local (MemberFact::USR). The callee
  /// runs on its object. Empty for a call on `this`, on no object (a free function, a
  /// callable handed on), or of a library's method. OtherObject for a method of the user's
  /// called on any other object (a pointer, a reference, a parameter, a shared_ptr, a
  /// getter's result): whose it is, is unknown.
  std::string Receiver;
  friend bool operator<(const CallEdge &A, const CallEdge &B);
  friend bool operator==(const CallEdge &A, const CallEdge &B) {
    return A.Caller == B.Caller && A.Callee == B.Callee && A.Kind == B.Kind &&
           A.Branch == B.Branch && A.InRetryLoop == B.InRetryLoop &&
           A.InItemLoop == B.InItemLoop && A.Via == B.Via && A.Class == B.Class &&
           A.Receiver == B.Receiver;
  }
};

/// CallEdge::Receiver of a method called on an object whose owner is unknown.
constexpr const char OtherObject[] = "?";

/// A member of a class of the user's, or a local variable of a function, that owns an
/// object of a class of theirs (by value, or through a unique_ptr or optional), named as
/// the receiver of a call: each object of Record (each run of the function) has its own, so
/// the sockets that object's code opens are its own (merge/Owners.h: sockets per owning
/// instance).
struct MemberFact {
  std::string USR;    ///< the field or local
  std::string Name;   ///< "Chat::link_"; a local: "main::chat" ("main::s (line 12)" when two
                      ///< locals of the function share the name)
  std::string Record; ///< USR of the class the field belongs to; "" for a local
  SourceLoc Loc;
};

constexpr const char GetterKeyPrefix[] = "getter@";

/// A socket handed to a function: inside Callee, the parameter ParamUSR stands for Arg.
/// Also a socket handed back: ParamUSR "return@<function USR>" (a Returned slot) stands
/// for the slot the caller stores the result in.
/// Sites and evidence on a parameter are resolved through these to the caller's slots, so
/// a helper that opens (or configures) whatever socket it is given counts once per slot.
/// Also a getter: ParamUSR GetterKeyPrefix + <function USR> stands for the slot the function
/// returns a reference or pointer to (a site on it stays where it is written).
struct SlotBinding {
  std::string ParamUSR;
  Slot Arg;
  std::string Caller; ///< USR of the function that makes the call
  SourceLoc Loc;      ///< the call
  Placement In;       ///< loops and branch arms around the call
};

/// A function registered to run when a socket (or the object owning it) closes or fails.
struct HandlerFact {
  std::string SlotUSR;
  std::string Handler; ///< function USR
  SourceLoc Loc;       ///< the registration
  std::string Detail;
  /// For a retry scheduler (SlotUSR empty): the backoff its policy applies to every socket
  /// the handler reopens.
  std::string Backoff;
  /// The handler is the code under a close event's label in a callback the library calls
  /// with a reason (libwebsockets' `case LWS_CALLBACK_CLIENT_CLOSED:`), not a function
  /// registered by a call; Detail names the event and the callback.
  bool Event = false;
  /// A message handler (rules key message-handlers): it runs on every message the socket
  /// receives, not when it closes.
  bool Message = false;
};

/// A wait before something runs (a timer armed, a sleep), and how its delay is computed.
struct DelayFact {
  std::string Function; ///< USR of the enclosing function
  SourceLoc Loc;
  std::string Backoff;  ///< "fixed", "exponential" or "exponential-jitter"
  std::string Detail;
  bool InLoop = false;
  /// Functions the timer runs when it fires (USRs), for telling a re-arming timer from a
  /// one-shot one.
  std::vector<std::string> Callbacks;
  /// The wait in seconds, when it is a constant in a known unit; 0: not known.
  double Seconds = 0;
};

/// How long an object the code creates lives.
enum class Lifetime {
  Scoped,   ///< until its function returns (or its loop iteration ends): a stack object
  Kept,     ///< beyond the call: stored in a field, a global, a container, shared onwards
  Returned, ///< handed back to the caller: lives as long as the caller keeps it
};
const char *lifetimeName(Lifetime L);

/// A class of the user's instantiated in a function: each live instance holds its own copy
/// of every socket field of the records it covers.
struct InstantiationFact {
  std::string Record;   ///< class USR
  std::string Name;     ///< class name
  /// USR of the enclosing function; empty for an object with static storage (a global, a
  /// static member), made when the program starts.
  std::string Function;
  /// An instance of its own, counted as one (false: made as a member of the object whose
  /// code makes it, whose instance covers it, or a static object). Every instantiation,
  /// counted or not, makes an object of its class for virtual calls.
  bool Counted = true;
  SourceLoc Loc;
  Placement In;
  Lifetime Life = Lifetime::Scoped;
  /// The instance goes into a container (one element among many).
  bool Element = false;
  /// The records an instance holds: the class, its bases, and the classes of the members
  /// it owns (by value or through a smart pointer), transitively (USRs, sorted).
  std::vector<std::string> Covers;
  /// Of Covers, those held only through a smart-pointer or optional member: the record, and
  /// that member (the outermost such member on the way). Such an object exists only once
  /// the code that fills the member has run (InstantiationFact::Fills).
  std::map<std::string, std::string> CoveredThrough;
  /// For an object made into a member of the object whose code makes it (not Counted): that
  /// member (field USR), and whether a constructor of its class makes it.
  std::string Fills;
  bool FillsInConstructor = false;
  /// Raw text of "websocket-boundary" comments at the instantiation or its loop.
  std::vector<std::pair<SourceLoc, std::string>> BoundaryComments;
};

/// A function a server runs once per request or connection (a handler registered with it,
/// an override of its handler class's method).
struct PerRequestFact {
  std::string Function; ///< USR
  SourceLoc Loc;        ///< the registration, or the override
  std::string Detail;
};

/// A NOLINT-family comment in the user's code (Text from "NOLINT" to the end of the line),
/// so that suppressions apply when facts are merged far from the sources.
struct SuppressionFact {
  SourceLoc Loc;
  std::string Text;
};

/// A problem met while extracting a TU (the TU's facts are then incomplete).
struct ExtractError {
  SourceLoc Loc;
  std::string Message;
};

/// All facts of one translation unit (or, after merging, of many).
/// A copy of a library the rules know, kept inside the project (VendoredCopies.h).
struct VendoredCopy {
  /// Relative to the project root. A library with a header directory is the whole
  /// directory ("third_party/wspp/websocketpp/"); a one-file library is its files by stem
  /// ("src/easywsclient.": easywsclient.hpp and easywsclient.cpp).
  std::string Place;
  std::string Library; ///< the rules file's id
  bool operator<(const VendoredCopy &O) const {
    return std::tie(Place, Library) < std::tie(O.Place, O.Library);
  }
  bool operator==(const VendoredCopy &O) const {
    return Place == O.Place && Library == O.Library;
  }
};

struct TUFacts {
  std::string MainFile;
  std::vector<SocketSite> Sites;
  std::vector<Evidence> Evidences;
  std::vector<FunctionFact> Functions;
  std::vector<CallEdge> Edges; ///< in source order within each caller
  std::vector<SlotBinding> Bindings;
  std::vector<HandlerFact> Handlers;
  std::vector<DelayFact> Delays;
  std::vector<InstantiationFact> Instantiations;
  std::vector<PerRequestFact> PerRequest;
  std::vector<MemberFact> Members;
  std::vector<SuppressionFact> Suppressions;
  std::vector<ExtractError> Errors;
  /// The project's own files the TU read besides its main file (headers), sorted: which
  /// TUs a changed header touches.
  std::vector<std::string> Reads;
  /// The library copies inside the project whose files the TU read as library code, sorted.
  std::vector<VendoredCopy> Vendored;
  /// For a TU cut short (Truncated): the identifiers its main file writes (sorted), so that
  /// a function no TU defines is suspected only in the failed TUs that name it (empty when
  /// the file could not even be read: then it may define anything). For a skipped TU in
  /// extract's output: the same, for merge's second round.
  std::vector<std::string> Mentions;
  bool Complete = true;
  /// The analysis stopped part-way (a fatal error such as a missing header, a crash, no
  /// command): what the TU defines after that point is unknown. A TU with only recoverable
  /// errors still records every function it defines.
  bool Truncated = false;
  /// The prefilter skipped the TU (no WebSocket header, no call into socket code so far);
  /// Mentions then holds what its main file names (extract's output), for the second
  /// round that merge runs over all shards.
  bool Skipped = false;
  /// The kind of client the TU's compile target implies: "mobile" for iOS, watchOS, tvOS
  /// and Android, "browser" for WebAssembly and Emscripten, "" for any other.
  std::string TargetKind;
};

/// A target of the build, as CMake's File API describes it: an executable or a library,
/// the sources it compiles and the targets it links.
struct BuildTarget {
  std::string Name;
  std::string Type; ///< "EXECUTABLE", "STATIC_LIBRARY", "SHARED_LIBRARY", "OBJECT_LIBRARY", …
  std::vector<std::string> Sources;      ///< as TUFacts::MainFile spells them, sorted
  std::vector<std::string> Dependencies; ///< names of the targets it depends on, sorted
};

/// Facts of a whole run: one entry per TU, in a stable order.
struct FactSet {
  std::vector<TUFacts> Units;
  /// The build's targets when the build says (empty: programs are found by linking).
  std::vector<BuildTarget> Targets;
  /// Sorts units by main file and everything inside into a canonical order.
  void canonicalize();
};

llvm::json::Value toJSON(const SourceLoc &L);
llvm::json::Value toJSON(const TUFacts &F);
llvm::json::Value toJSON(const FactSet &F);
bool fromJSON(const llvm::json::Value &V, SourceLoc &L, llvm::json::Path P);
bool fromJSON(const llvm::json::Value &V, TUFacts &F, llvm::json::Path P);
bool fromJSON(const llvm::json::Value &V, FactSet &F, llvm::json::Path P);

} // namespace wslint
