// SPDX-License-Identifier: Apache-2.0
//
// Core-internal (tool/core/merge/; see BuildGraph.cpp for the stages).
// Clients: which programs run in the facts (the config's clients, else the entry points the
// code has, else one client that runs everything), what each is named, what kind of client
// it is, and whether code it may run was lost with a TU that could not be analysed.
#pragma once

#include "Program.h"

#include "../Config.h"
#include "../Graph.h"

#include <optional>

namespace wslint {
namespace merge {

/// A client to describe: its name, the config's declaration of it (if any), its entry
/// functions (names, the first one's place, USRs), the functions it runs (numbered in the
/// order it meets them), and the kind of client its entries imply (a JNI library's: mobile).
struct ClientPlan {
  std::string Name;
  const ClientDecl *Decl = nullptr;
  std::vector<std::string> EntryNames;
  SourceLoc EntryLoc;
  std::vector<std::string> Roots;
  std::map<std::string, unsigned> Reach;
  std::optional<ClientKind> ImpliedKind;
};

/// The clients of the program, in report order. An `entry:` that names nothing, or names
/// functions of several programs, is a Graph::ConfigError.
std::vector<ClientPlan> planClients(const Program &M, const Config &Cfg, Graph &G);

/// The client's kind: the config's, else what its compile target or its library implies,
/// else the config's default. Mine: the client's sites.
ClientKind clientKind(const Program &M, const Config &Cfg, const ClientPlan &Plan,
                      const std::vector<const SocketSite *> &Mine);

/// Marks the client incomplete when code it may run lives in a TU that could not be analysed.
void markIncomplete(const Program &M, const std::map<std::string, unsigned> &Reach,
                    const ClientDecl *Decl, Client &C);

} // namespace merge
} // namespace wslint
