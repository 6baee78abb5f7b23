// SPDX-License-Identifier: Apache-2.0
//
// Facts of all TUs → the connection graph, in stages, each in its own file (merge/):
//   Program    the facts of every TU as one program: deduplicated, a name several programs
//              define split per definition, a helper's sites and evidence moved to the
//              slots its callers hand it
//   Reach      what the code may run from where: a client's functions, the shortest way to
//              each, what runs again and again over time, what runs on events
//   Clients    which clients there are (config, entry points, or one), their names, kinds,
//              and the TUs whose loss may hide their code
//   Sockets    a client's sites grouped by slot, with endpoints and boundaries
//   Evidence   a socket's heartbeat, reconnect paths and backoff, fan-out
//   AtOnce     how many sockets a client holds at the same time
// buildGraph below runs them in that order; describeClient assembles one client.
#include "../Graph.h"
#include "AtOnce.h"
#include "Clients.h"
#include "Evidence.h"
#include "Owners.h"
#include "Program.h"
#include "Reach.h"
#include "Sockets.h"

#include "../Support.h"

#include <algorithm>
#include <optional>

namespace wslint {
namespace {

using namespace merge;

/// One client, in its own program (Whole: the whole database as one, for a client that runs
/// everything): its sites (those its functions open, and those in its configured paths;
/// Taken collects them), its kind and budget, its sockets and their evidence, the way to
/// each, how many it holds at once.
Client describeClient(const Program &Whole, const FactSet &Facts, const Config &Cfg,
                      const ClientPlan &Plan, std::set<std::pair<SourceLoc, std::string>> &Taken) {
  const ClientDecl *Decl = Plan.Decl;
  // The client's own program, as it runs: only the overrides of classes it makes.
  Program P = Plan.RunsEverything ? Whole : buildProgram(Facts, &Plan.Units);
  std::vector<std::string> Roots = rootsIn(P, Plan.Roots);
  std::map<std::string, unsigned> Reach;
  if (Plan.RunsEverything) {
    for (const auto &S : P.Sites)
      Reach.emplace(S.Function, 0);
    for (const auto &[USR, F] : P.Functions)
      Reach.emplace(USR, 0);
  } else {
    if (Cfg.WholeProgram) { // every class made, as one program whose code may load more
      for (CallEdge &E : P.Edges)
        E.Class.clear();
      indexEdges(P);
    }
    Reached R = reachFrom(P, Roots);
    keepLiveOverrides(P, R.Made);
    Reach = std::move(R.Order);
  }
  findRepeatingCode(P);
  Client C;
  C.Name = Plan.Name;
  C.EntryLoc = Plan.EntryLoc;
  C.Entry = Plan.EntryNames;
  markIncomplete(P, Reach, Decl, C);
  std::vector<const SocketSite *> Mine;
  std::set<std::string> Held; // socket subclasses whose objects the client's slots hold
  for (const auto &S : P.Sites)
    if (Reach.count(S.Function) || (Decl && matchesAnyGlob(Decl->Paths, S.Loc.File))) {
      Mine.push_back(&S);
      Taken.insert({S.Loc, S.Holder.USR});
      if (!S.Holder.Self && !S.Holder.Holds.empty())
        Held.insert(S.Holder.Holds);
    }
  // A subclass that reopens itself does so on the client's own objects, from handlers the
  // library calls (Sockets.cpp: they join the sockets that hold them).
  for (const auto &S : P.Sites)
    if (S.Holder.Self && Held.count(S.Holder.USR) && !Reach.count(S.Function) &&
        Taken.insert({S.Loc, S.Holder.USR}).second)
      Mine.push_back(&S);
  // Number sockets in the order the client reaches them; path-glob sites and sites of
  // one function keep source order.
  auto Rank = [&](const SocketSite *S) {
    auto It = Reach.find(S->Function);
    return It == Reach.end() ? ~0u : It->second;
  };
  std::stable_sort(Mine.begin(), Mine.end(),
                   [&](const SocketSite *A, const SocketSite *B) { return Rank(A) < Rank(B); });
  C.Kind = clientKind(P, Cfg, Plan, Roots, Mine);
  C.Limits = Cfg.budgetFor(Decl, C.Kind);
  std::optional<Ways> W;
  if (!Roots.empty())
    W = shortestWays(P, Roots);
  C.Sockets = socketsOf(P, Mine, Cfg, &Reach, W ? &*W : nullptr);
  if (Roots.empty() || (Decl && !Decl->Paths.empty()))
    countEverySocket(C);
  else
    countAtOnce(P, Mine, Reach, Roots, C);
  if (C.Sockets.size() == 1)
    describePeerHeartbeat(P, Reach, C.Sockets.front());
  // A field holding functions may be given more of them anywhere in the program.
  C.SelfContained = !C.Entry.empty() && !(Decl && !Decl->Paths.empty()) &&
                    std::all_of(Reach.begin(), Reach.end(), [&](const auto &R) {
                      auto It = P.Functions.find(R.first);
                      return It != P.Functions.end() && It->second.Kind != NodeKind::Field &&
                             It->second.Kind != NodeKind::Framework;
                    });
  return C;
}

/// The sockets no client took, in a pseudo-client whose sockets need not live together.
std::optional<Client> unreachedSockets(const Program &P, const Config &Cfg,
                                       const std::set<std::pair<SourceLoc, std::string>> &Taken) {
  std::vector<const SocketSite *> Rest;
  for (const auto &S : P.Sites)
    if (!Taken.count({S.Loc, S.Holder.USR}))
      Rest.push_back(&S);
  if (Rest.empty())
    return std::nullopt;
  Client C;
  C.Name = Cfg.ProjectName + " (not reached from an entry point)";
  C.Kind = Cfg.DefaultKind;
  C.Limits = Cfg.budgetFor(nullptr, C.Kind);
  C.Unreached = true;
  C.Incomplete = !P.FailedUnits.empty();
  C.IncompleteUnits.assign(P.FailedUnits.begin(), P.FailedUnits.end());
  C.Sockets = socketsOf(P, Rest, Cfg, nullptr, nullptr);
  countEverySocket(C);
  return C;
}

} // namespace

Graph buildGraph(const FactSet &Facts, const Config &Cfg) {
  Graph G;
  G.Project = Cfg.ProjectName;
  Program P = buildProgram(Facts);
  findRepeatingCode(P);
  std::set<std::pair<SourceLoc, std::string>> Assigned;
  for (const ClientPlan &Plan : planClients(P, Facts, Cfg, G))
    G.Clients.push_back(describeClient(P, Facts, Cfg, Plan, Assigned));
  // Sockets no client reaches still get their per-socket checks, in a pseudo-client.
  if (std::optional<Client> Rest = unreachedSockets(P, Cfg, Assigned))
    G.Clients.push_back(std::move(*Rest));
  // Keep clients without sockets out of the graph unless the config named them, or code
  // they run could not be analysed (a compile error in a template member that opens their
  // socket: whole-program/template-socket-error-in-member): they may hold sockets the run
  // could not see, and say so rather than look clean.
  G.Clients.erase(std::remove_if(G.Clients.begin(), G.Clients.end(),
                                 [&](const Client &C) {
                                   return C.Sockets.empty() && !C.Incomplete &&
                                          Cfg.Clients.empty();
                                 }),
                  G.Clients.end());
  return G;
}

} // namespace wslint
