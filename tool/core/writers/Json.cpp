// SPDX-License-Identifier: Apache-2.0
// The JSON output contract of design.md: findings, graph, stats.
#include "../Report.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

namespace wslint {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

static Value locFields(const SourceLoc &L, Object O) {
  O["file"] = L.File;
  O["line"] = L.Line;
  O["column"] = L.Column;
  return O;
}

static Value socketToJson(const Socket &S) {
  Object O{{"id", S.Id},
           {"library", S.Library},
           {"file", S.Loc.File},
           {"line", S.Loc.Line},
           {"column", S.Loc.Column},
           {"slot", S.Holder.Name},
           {"slot_kind", slotKindName(S.Holder.Kind)},
           {"multiplicity", S.Unbounded ? Value("unbounded") : Value(std::max(1u, S.AtOnce))},
           {"at_once", S.AtOnce},
           {"endpoint", S.Endpoint.empty() ? Value(nullptr) : Value(S.Endpoint)},
           {"heartbeat", S.Heartbeat},
           {"heartbeat_evidence", S.HeartbeatEvidence},
           {"heartbeat_condition",
            S.HeartbeatCondition.empty() ? Value(nullptr) : Value(S.HeartbeatCondition)},
           {"heartbeat_interval",
            S.HeartbeatInterval > 0 ? Value(S.HeartbeatInterval) : Value(nullptr)},
           {"reconnect", S.Reconnect},
           {"reconnect_condition",
            S.ReconnectCondition.empty() ? Value(nullptr) : Value(S.ReconnectCondition)},
           {"backoff", S.Backoff}};
  // Why several owners of the class holding it are not told apart (merge/Owners.h).
  if (!S.OwnersUnknown.empty())
    O["owners_unknown"] = S.OwnersUnknown;
  // A connection for one exchange (Socket::OneExchange): why no heartbeat is asked for.
  if (!S.OneExchange.empty())
    O["one_exchange"] = S.OneExchange;
  Array Sites;
  for (const auto &L : S.Sites)
    Sites.push_back(locFields(L, {}));
  O["sites"] = std::move(Sites);
  // Where each of several copies held at once comes from (Socket::Copies).
  if (!S.Copies.empty()) {
    Array Copies;
    for (const PathStep &C : S.Copies)
      Copies.push_back(locFields(C.Loc, Object{{"detail", C.Text}}));
    O["copies"] = std::move(Copies);
  }
  Array Paths;
  for (const ReconnectPath &P : S.ReconnectPaths) {
    Object J{{"how", P.How}, {"backoff", P.Backoff}};
    if (P.BackoffLoc.valid())
      J["delay"] = locFields(P.BackoffLoc, Object{{"detail", P.BackoffEvidence}});
    Paths.push_back(locFields(P.Loc, std::move(J)));
  }
  O["reconnect_paths"] = std::move(Paths);
  Array Path;
  for (const PathStep &Step : S.Path)
    Path.push_back(locFields(Step.Loc, Object{{"step", Step.Text}}));
  O["path"] = std::move(Path);
  if (S.Annotation) {
    Object B{{"category", S.Annotation->Category},
             {"reason", S.Annotation->Reason},
             {"valid", S.Annotation->valid()}};
    if (!S.Annotation->valid())
      B["problem"] = S.Annotation->Problem;
    O["boundary"] = std::move(B);
  } else {
    O["boundary"] = nullptr;
  }
  return O;
}

Value graphToJson(const Graph &G) {
  Array Clients;
  for (const Client &C : G.Clients) {
    Array Sockets;
    for (const Socket &S : C.Sockets)
      Sockets.push_back(socketToJson(S));
    Array Entry;
    for (const auto &E : C.Entry)
      Entry.push_back(E);
    Object Limits{{"preferred", C.Limits.Preferred}};
    Limits["ceiling"] = C.Limits.Ceiling ? Value(*C.Limits.Ceiling) : Value(nullptr);
    Clients.push_back(Object{{"name", C.Name},
                             {"kind", clientKindName(C.Kind)},
                             {"entry", std::move(Entry)},
                             {"budget", std::move(Limits)},
                             {"reached_from_entry", !C.Unreached},
                             {"complete", !C.Incomplete},
                             {"at_once", C.atOnce()},
                             {"sockets", std::move(Sockets)}});
  }
  return Object{{"clients", std::move(Clients)}};
}

void writeJson(const Report &R, llvm::raw_ostream &OS) {
  Array Findings;
  for (const Finding &F : R.Findings) {
    Array Notes;
    for (const Note &N : F.Notes)
      Notes.push_back(locFields(N.Loc, Object{{"message", N.Message}}));
    Array Clients, Paths;
    for (const auto &C : F.Clients)
      Clients.push_back(C);
    for (const CallPath &P : F.Paths) {
      Array Steps;
      for (const Note &N : P.Steps)
        Steps.push_back(locFields(N.Loc, Object{{"step", N.Message}}));
      Paths.push_back(Object{{"socket", P.Socket}, {"path", std::move(Steps)}});
    }
    Object Citation{{"row", F.Citation}};
    if (const DecisionRow *Row = findRow(R.DecisionTable, F.Citation)) {
      Citation["table"] = Row->Table;
      Citation["scenario"] = Row->Scenario;
      Citation["count"] = Row->Count;
      Citation["why"] = Row->Why;
    }
    Findings.push_back(locFields(F.Loc, Object{{"check", F.Check},
                                               {"severity", F.Severity},
                                               {"message", F.Message},
                                               {"client", F.Client},
                                               {"clients", std::move(Clients)},
                                               {"citation", std::move(Citation)},
                                               {"notes", std::move(Notes)},
                                               {"paths", std::move(Paths)}}));
  }
  // Cache hits are left out (they are on stderr): the output is the same cold or warm.
  Object Stats{{"translation_units", R.Stats.TranslationUnits},
               {"analyzed", R.Stats.Analyzed},
               {"skipped_by_prefilter", R.Stats.SkippedByPrefilter},
               {"parsed_for_calls", R.Stats.ParsedForCalls},
               {"parse_errors", R.Stats.ParseErrors}};
  if (!R.Stats.Vendored.empty()) {
    Array Copies;
    for (const auto &C : R.Stats.Vendored)
      Copies.push_back(Object{{"place", C.Place}, {"library", C.Library}});
    Stats["vendored"] = std::move(Copies);
  }
  Value Doc = Object{{"version", 1},
                     {"project", R.G.Project},
                     {"findings", std::move(Findings)},
                     {"graph", graphToJson(R.G)},
                     {"stats", std::move(Stats)}};
  OS << llvm::formatv("{0:2}", Doc) << "\n";
}

} // namespace wslint
