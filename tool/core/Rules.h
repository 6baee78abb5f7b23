// SPDX-License-Identifier: Apache-2.0
//
// Library knowledge as data: one rules/<library>.yaml per WebSocket client library (and
// user wrapper files of the same schema). The extractor turns these into AST matchers;
// nothing else in wslint knows any library's API. Field reference: docs/rules.md.
#pragma once

#include "llvm/Support/Error.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace wslint {

/// How a call is recognised. Exactly one of Method / Function is set.
///  - Method: a member call whose object (after `->`, `*`, smart pointers) has one of the
///    library's socket types; the slot is that object.
///  - Function: a call of this qualified free function; the socket is argument SocketArg,
///    or (SocketArg < 0) the value the call returns, held by whatever it initialises or is
///    assigned to.
///  - Constructor: constructing a socket type (whose first parameter's class is one of
///    ParamTypes, when given); the slot is the object constructed.
/// ArgText conditions: argument N's source text (as written, macros unexpanded) contains
/// the string, e.g. {1: "CURLOPT_URL"} or {2: "FRAME_OP_PING"}.
struct CallPattern {
  std::vector<std::string> Methods;
  std::vector<std::string> Functions;
  bool Constructor = false;
  std::vector<std::string> ParamTypes;
  int SocketArg = -1;
  /// For methods: the socket is the value the call returns (websocketpp's
  /// get_connection), not the object it is called on.
  bool SocketIsResult = false;
  std::map<unsigned, std::string> ArgText;
  /// Argument N is a variable on which the code called this method earlier in the same
  /// function (cpprestsdk: a message made a ping by `m.set_ping_message()`, then sent).
  std::map<unsigned, std::string> ArgPreparedBy;
  /// For methods on objects that are not the library's sockets (timers): their types.
  std::vector<std::string> OfType;
  bool empty() const { return Methods.empty() && Functions.empty() && !Constructor; }
};

/// What a field of an option struct must hold for the option to count.
///  "true"/"false": a bool literal (a non-literal value is given the benefit of the doubt);
///  "finite": anything but a call of one of the rule's none-functions;
///  "positive": an integer literal > 0 (non-literal: benefit of the doubt).
struct FieldRequirement {
  std::string Field;
  std::string Want;
};

/// A factory returning an option struct whose fields depend on one argument's value,
/// e.g. Beast's `timeout::suggested(role_type::client)`.
struct StructFactory {
  std::string Function;
  unsigned Argument = 0;
  /// enumerator (qualified name) → field → value ("true", "false", "none", "finite").
  std::map<std::string, std::map<std::string, std::string>> Cases;
};

/// One way code can prove a heartbeat on a socket.
struct HeartbeatRule {
  CallPattern Call;
  /// The argument that carries the setting (for struct options or plain values).
  int Argument = -1;
  /// Argument is an option struct of this qualified type; Require names its fields.
  std::string Struct;
  std::vector<FieldRequirement> Require;
  /// Requirement on a plain argument value ("positive", "true", …), when Struct is empty.
  std::string ArgumentWant;
  std::vector<std::string> NoneFunctions;
  std::vector<StructFactory> Factories;
  /// The heartbeat only works while the socket also has this evidence (e.g. "async-read").
  std::string Needs;
  std::string Describe; ///< how findings and the graph name this evidence
  /// The unit of a plain number given as Argument, in seconds (a ping interval:
  /// IXWebSocket's seconds); 0: the value is no interval, or a std::chrono duration,
  /// which carries its own.
  double IntervalUnit = 0;
};

/// A value an opening call reaches through one of its arguments: the argument itself, a
/// field of the struct it names (`info.address`), an argument of the constructor that made
/// the variable it names (POCO's `HTTPClientSession session(host, port)`), or, for a
/// scheme, whether that variable's type contains a text (`HTTPSClientSession`).
struct ArgPart {
  unsigned Arg = 0;
  std::string Field;
  std::optional<unsigned> ConstructorArg;
  std::string TypeContains;
};

struct OpenCallRule {
  CallPattern Call;
  /// Index among the call's string-like arguments that holds the URL, or the host and path.
  std::optional<unsigned> UrlArg, HostArg, PathArg;
  /// The call opens a WebSocket only when the URL is a literal with one of these prefixes
  /// (libcurl: CURLOPT_URL set to ws:// or wss://). Empty: no condition.
  std::vector<std::string> UrlPrefixes;
  /// The call writes the new socket's handle through a pointer: the argument itself, or a
  /// field of the struct it points to (libwebsockets' `connect_info.pwsi = &conn->wsi`).
  /// The pointed-to object is the slot.
  std::optional<ArgPart> Out;
  /// The endpoint stated in parts the call reaches through its arguments (libwebsockets'
  /// connect-info fields, POCO's session and request): "host", "port", "path", "secure".
  std::map<std::string, ArgPart> EndpointParts;
  /// The calls that make the object this call opens, and the argument that holds the URL
  /// there (SocketRocket: `initWithURL:` makes the socket `open` connects). The endpoint is
  /// read from the one that stores into the opening call's slot.
  std::vector<OpenCallRule> MadeBy;
  /// The call completes a handshake an asynchronous call started (libsoup:
  /// soup_session_websocket_connect_finish, in the callback given to
  /// soup_session_websocket_connect_async): that call, the argument that holds the request,
  /// and the calls that make a request from a URL. The endpoint is the URL of the request
  /// given to the starting call whose callback holds this one.
  struct Starter {
    CallPattern Call;
    unsigned RequestArg = 0;
    std::vector<OpenCallRule> RequestMadeBy;
  };
  std::vector<Starter> StartedBy;
};

/// A call that runs a handler when a socket closes or fails (websocketpp's
/// set_close_handler, Qt's connect(socket, &QWebSocket::disconnected, …)). Every function
/// named in its arguments is a handler.
struct HandlerRule {
  CallPattern Call;
  /// A delegate registration (`socket.delegate = self`): argument DelegateArg is an object
  /// whose methods with these selectors are the handlers.
  int DelegateArg = -1;
  std::vector<std::string> DelegateMethods;
};

/// A call that registers a callback the library calls with an event struct (Emscripten's
/// emscripten_websocket_set_onmessage_callback): the struct's field SocketField holds the
/// socket the callback was registered on, so `e->socket` in the callback is that socket.
struct EventCallbackRule {
  CallPattern Call;
  std::string SocketField;
};

/// A call that waits before something runs: a timer armed, a sleep. DelayArg holds the
/// delay; the way that value is computed tells fixed, growing and jittered delays apart.
struct DelayRule {
  CallPattern Call;
  unsigned DelayArg = 0;
  /// The timer repeats when this argument is true (NSTimer's `repeats:`); -1: see Repeats.
  int RepeatsArg = -1;
  /// Whether what the call runs runs again and again by itself.
  enum class Repetition {
    Once,   ///< a one-shot timer, a sleep
    Always, ///< an interval timer (emscripten_set_interval)
    /// Until the callback returns false (g_timeout_add, emscripten_set_timeout_loop): a
    /// callback that can return something other than false repeats.
    WhileCallbackReturnsTrue,
  } Repeats = Repetition::Once;
  /// The unit of a plain number given as the delay, in seconds (usleep: 1e-6); 0: not
  /// stated (a std::chrono duration carries its own).
  double Unit = 0;
  /// The call itself waits (a sleep, a wait with a timeout), rather than arming a timer
  /// that runs something later: a function that always makes it waits whenever it is called.
  bool Blocks = false;
};

/// A call that names what an armed timer runs when it fires (asio's async_wait, a QTimer's
/// timeout signal connected to a slot): the callbacks of the timer's delays in the same
/// function.
struct TimerWaitRule {
  CallPattern Call;
  /// The timer runs its callbacks again and again (a QTimer, unless made single-shot).
  bool Repeats = false;
  /// A method that makes the timer one-shot when called with true on the same timer
  /// (QTimer::setSingleShot) anywhere in the translation unit.
  std::string SingleShotMethod;
};

/// Events a callback-style library delivers as a reason (an enumerator of Type).
struct CloseReasonRule {
  std::string Type;                ///< the enum's name (`lws_callback_reasons`)
  std::vector<std::string> Values; ///< enumerators that mean "closed" or "connect failed"
};

/// A call that schedules a retry with the library's own backoff policy (libwebsockets'
/// lws_retry_sul_schedule): every opening call reachable from the callback it is given is a
/// reconnect with that backoff.
struct RetrySchedulerRule {
  CallPattern Call;
  std::string Backoff;
  std::string Describe;
  /// When this argument is a null pointer the policy is another one (NullBackoff).
  int NullArg = -1;
  std::string NullBackoff;
};

/// A reconnect the library does by itself.
struct ReconnectDefault {
  std::string Backoff; ///< "none", "fixed", "exponential" or "exponential-jitter"
  std::string Describe;
};

struct LibraryRules {
  std::string Id;   ///< file stem, e.g. "boost-beast"
  std::string Name; ///< display name, e.g. "Boost.Beast"
  std::string File;
  std::vector<std::string> Headers;     ///< globs on the include spelling
  std::vector<std::string> SocketTypes; ///< qualified class or class-template names
  std::vector<OpenCallRule> OpenCalls;
  /// URL scheme when the code states host and path separately: Scheme, or SecureScheme
  /// when the socket type's spelling contains SecureTypeMarker.
  std::string Scheme = "ws", SecureScheme = "wss", SecureTypeMarker;
  /// The library pings on its own unless told otherwise; Describe says how.
  std::optional<std::string> HeartbeatDefault;
  std::vector<HeartbeatRule> Heartbeats;
  CallPattern HeartbeatOff;   ///< calls that switch a default heartbeat off
  CallPattern AsyncReads;     ///< calls that keep an asynchronous read pending
  /// Calls that send a ping by hand; they count as a heartbeat when made periodically
  /// (inside a loop, or from a handler or timer callback).
  std::vector<CallPattern> Pings;
  /// Calls that send an application message; made periodically (from a re-arming timer's
  /// callback, or a loop that waits between rounds) they are an application heartbeat.
  std::vector<CallPattern> Sends;
  /// Calls that close the socket: code that runs after one and reaches an opening of the
  /// same socket reopens it (a reconnect).
  std::vector<CallPattern> Closes;
  /// A server's per-request callbacks: registrations whose callback runs once per request
  /// or connection (with `of-type` for the server's class), and virtual methods an override
  /// of which runs once per request. A socket opened from there is one per request.
  std::vector<CallPattern> PerRequest;
  std::vector<std::string> PerRequestOverrides;
  /// Calls that hand a timer armed in the same function the function it runs when it
  /// fires (asio's async_wait): that function is the timer's callback.
  std::vector<TimerWaitRule> TimerWaits;
  /// How to fix what the checks find, in this library's words: "heartbeat" (turn one on),
  /// "backoff" (reconnect with capped exponential backoff and jitter), "close" (close
  /// cleanly). Findings on the library's sockets show them.
  std::map<std::string, std::string> Fix;
  /// Client kind a socket of this library implies (Emscripten: browser), or "".
  std::string ClientKind;
  std::vector<HandlerRule> CloseHandlers;
  /// Registrations of code that runs on every message the socket receives
  /// (websocketpp's set_message_handler, Qt's textMessageReceived).
  std::vector<HandlerRule> MessageHandlers;
  std::vector<EventCallbackRule> EventCallbacks;
  std::vector<DelayRule> Delays;
  std::optional<ReconnectDefault> ReconnectByDefault;
  CallPattern ReconnectOff; ///< calls that switch the library's own reconnect off
  /// Calls that end the library's own reconnect when made in a close handler of the socket
  /// (Drogon's stop()).
  CallPattern ReconnectStop;
  std::vector<RetrySchedulerRule> RetrySchedulers;
  /// Close and failure events delivered as a reason argument to one protocol callback
  /// (libwebsockets): code under a `case` of these enumerators of the enum Type (or an
  /// `if (reason == …)`) runs when one of the library's connections closes or fails.
  CloseReasonRule CloseReasons;
  /// Methods of the socket type returning an object that stands for the same connection
  /// (Drogon's getConnection): calls on what they return count for the socket.
  std::vector<std::string> Accessors;
};

struct DecisionRow {
  std::string Id;
  std::string Table; ///< "connection-count" or "connection-limits"
  std::string Scenario, Count, Why; ///< the article's row, quoted
};

/// The row with this id, or null.
const DecisionRow *findRow(const std::vector<DecisionRow> &Table, const std::string &Id);

struct RuleSet {
  std::vector<LibraryRules> Libraries;
  std::vector<DecisionRow> DecisionTable;
  const DecisionRow *row(const std::string &Id) const;
  /// The header globs of every library that opens sockets (not timers.yaml, whose
  /// `thread` would make every TU relevant): a TU that reaches none cannot hold a socket.
  std::vector<std::string> socketHeaderGlobs() const;
};

/// The kinds of fix hint a rules file's `fix:` may give, in documentation order.
const std::vector<std::string> &fixHintKinds();

/// Loads rules/*.yaml from Dir (decision-table.yaml included) plus Extra files.
llvm::Expected<RuleSet> loadRules(const std::string &Dir,
                                  const std::vector<std::string> &Extra = {});
/// Parses one library rules document (Path for messages; the id is the file stem).
llvm::Expected<LibraryRules> parseLibraryRules(const std::string &Text,
                                               const std::string &Path);
llvm::Expected<std::vector<DecisionRow>> parseDecisionTable(const std::string &Text,
                                                            const std::string &Path);

} // namespace wslint
