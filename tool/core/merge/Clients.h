// SPDX-License-Identifier: Apache-2.0
//
// Core-internal (tool/core/merge/; see BuildGraph.cpp for the stages).
// Clients: which programs run in the facts (the config's clients, else the entry points the
// code has, else one client that runs everything), which TUs make each one's program (the
// build's target, else what a linker pulls in: linkUnits), what each is named, what kind of
// client it is, and whether code it may run was lost with a TU that could not be analysed.
#pragma once

#include "Program.h"

#include "../Config.h"
#include "../Graph.h"

#include <optional>

namespace wslint {
namespace merge {

/// A client to describe: its name, the config's declaration of it (if any), its entry
/// functions (names, the first one's place, USRs in the whole database's program), the
/// units of its program, and the kind of client its entries imply (a JNI library's: mobile).
/// A client with no entry runs every function of every unit (a library).
struct ClientPlan {
  std::string Name;
  const ClientDecl *Decl = nullptr;
  std::vector<std::string> EntryNames;
  SourceLoc EntryLoc;
  std::vector<std::string> Roots;
  std::optional<ClientKind> ImpliedKind;
  bool RunsEverything = false;
  std::vector<size_t> Units; ///< its program's TUs (indexes in FactSet::Units)
  std::string Target;        ///< the build target that is its program, when known
};

/// The clients of the facts, in report order (M: the whole database as one program). An
/// `entry:` that names nothing, or names functions of several programs, is a
/// Graph::ConfigError.
std::vector<ClientPlan> planClients(const Program &M, const FactSet &Facts, const Config &Cfg,
                                    Graph &G);

/// The names of clients with these entries, when no build target or config names them:
/// each after the nearest part of its entry's path that names a program (the file's stem,
/// else a folder: `candy-cli/src/main.cc` is "candy-cli"), with more parts only where two
/// would otherwise share a name; the project's name when the path has no such part. The
/// same entry gets the same name however many others are analysed, unless one shares it.
std::vector<std::string> clientNames(const std::vector<const FunctionFact *> &Entries,
                                     const std::string &Project);

/// A client's roots in its own program: the same USRs, or the definition a name several
/// programs define has there.
std::vector<std::string> rootsIn(const Program &P, const std::vector<std::string> &Roots);

/// The client's kind: the config's, else what its compile target or its library implies,
/// else the config's default. Roots: its entries in M; Mine: its sites.
ClientKind clientKind(const Program &M, const Config &Cfg, const ClientPlan &Plan,
                      const std::vector<std::string> &Roots,
                      const std::vector<const SocketSite *> &Mine);

/// Marks the client incomplete when code it may run lives in a TU that could not be analysed.
void markIncomplete(const Program &M, const std::map<std::string, unsigned> &Reach,
                    const ClientDecl *Decl, Client &C);

} // namespace merge
} // namespace wslint
