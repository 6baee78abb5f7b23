// SPDX-License-Identifier: Apache-2.0
// The user's configuration (.wslint.yaml), typed and validated.
#pragma once

#include "llvm/Support/Error.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace wslint {

enum class ClientKind { Browser, Desktop, Mobile, Backend };
const char *clientKindName(ClientKind K);
std::optional<ClientKind> parseClientKind(const std::string &S);

/// How many simultaneous sockets a client may hold. Preferred: above it every extra socket
/// needs a stated boundary. Ceiling: above it the design is over budget whatever the reasons.
struct Budget {
  unsigned Preferred = 1;
  std::optional<unsigned> Ceiling; ///< none = unlimited
};

/// An `entry:` item: "function" or "file:function" (the last single ':' splits them).
std::pair<std::string, std::string> splitEntrySpec(const std::string &Spec);

struct ClientDecl {
  std::string Name;
  std::optional<ClientKind> Kind;
  /// Entry functions: a name (qualified or plain; `main` is the free function only),
  /// optionally after the file that defines it: "apps/desk/main.cpp:main". With `paths:`,
  /// only functions defined inside those paths.
  std::vector<std::string> Entry;
  unsigned EntryLine = 0; ///< where the file states `entry` (for errors)
  std::vector<std::string> Paths; ///< path globs, relative to the project root
  /// `sources:` globs: the client's program is the TUs whose main files match, as the build
  /// puts it together (instead of what a linker would pull in from its entry).
  std::vector<std::string> Sources;
  std::optional<Budget> Limits;
};

/// A boundary stated in the config for a socket whose code cannot be annotated.
struct BoundaryDecl {
  std::string Slot; ///< slot name as wslint prints it, e.g. "vendor::Feed::m_socket"
  std::string Category;
  std::string Reason;
};

struct Config {
  std::string File; ///< where it came from; empty for the built-in defaults
  std::string Root; ///< project root: directory of the config file, else the cwd
  std::string ProjectName;
  std::vector<ClientDecl> Clients;
  std::string Checks = "websocket-*";
  unsigned ChecksLine = 0, ChecksColumn = 0; ///< where the file states `checks`
  std::map<ClientKind, Budget> Budgets = defaultBudgets();
  std::vector<std::string> Rules;          ///< extra rules files (user wrappers)
  std::vector<BoundaryDecl> Boundaries;
  std::vector<std::string> Ignore;         ///< path globs whose findings are dropped
  /// Path globs of library sources kept inside the project (vendored websocketpp, a copy
  /// of libwebsockets): treated like system headers, never the user's code.
  std::vector<std::string> Library;
  /// Path globs of code that is the user's although it looks like a copy of a library the
  /// rules know (VendoredCopies): a fork that is really the project's own.
  std::vector<std::string> OwnCode;
  /// Extra entry points besides main, WinMain/wWinMain and JNI exports (the syntax of
  /// ClientDecl::Entry); each is a client named after its function.
  std::vector<std::string> EntryFunctions;
  unsigned EntryLine = 0;
  ClientKind DefaultKind = ClientKind::Desktop;
  bool DefaultKindStated = false; ///< `kind:` is in the file (a JNI library is then not mobile)
  /// `allow-incomplete: true`: a run in which some TUs could not be analysed exits by its
  /// findings alone (0 or 1), not 3.
  bool AllowIncomplete = false;
  /// `heartbeat-idle-window: <seconds>`: the idle time after which the network between
  /// client and server may drop a silent connection; a heartbeat slower than it is a
  /// finding. 60 s: common load-balancer and proxy defaults.
  double IdleWindowSeconds = 60;
  /// `programs: whole`: every TU of the database is one program, whatever links what (a
  /// build that loads code at run time). The default, `linked`: each client's program is
  /// its build target when the build says, else what a linker pulls in from its entry.
  bool WholeProgram = false;

  static std::map<ClientKind, Budget> defaultBudgets();
  /// The defaults for a project without a config file: Root and the project named after it.
  static Config defaultsFor(const std::string &Root);
  /// The user's rules files (`rules:`), as absolute paths.
  std::vector<std::string> rulesFiles() const;
  Budget budgetFor(const ClientDecl *Decl, ClientKind Kind) const;
};

/// Reads and validates a config file. Errors name file:line:column.
llvm::Expected<Config> loadConfig(const std::string &Path);
/// Parses config text (Path is used in messages and to derive the root).
llvm::Expected<Config> parseConfig(const std::string &Text, const std::string &Path);
/// The nearest .wslint.yaml from Dir upward, or "" when there is none.
std::string findConfigFile(const std::string &Dir);
/// The effective config as YAML, every default spelled out.
std::string dumpConfig(const Config &C);

} // namespace wslint
