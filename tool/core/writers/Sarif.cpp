// SPDX-License-Identifier: Apache-2.0
// SARIF 2.1.0 as GitHub code scanning reads it: one run; rules with their docs; results
// with the primary location, the other sockets as related locations, and fingerprints
// that survive line shifts. GitHub's limits (docs.github.com, "SARIF results exceed
// limit"): it keeps 5,000 results of a run and shows 100 locations of a result, so wslint
// writes at most those and says what it left out.
#include "../Report.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

namespace wslint {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

namespace {

constexpr size_t MaxResults = 5000;
constexpr size_t MaxRelatedLocations = 100;

/// A relative path as a URI reference: unreserved characters and '/' stay, the rest is
/// percent-encoded (RFC 3986).
std::string uriPath(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || C == '/' || C == '-' || C == '.' || C == '_' || C == '~')
      Out += static_cast<char>(C);
    else
      Out += "%" + llvm::utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  }
  return Out;
}

/// A rule's readable name, distinct from its id as SARIF wants:
/// websocket-missing-heartbeat → WebSocketMissingHeartbeat.
std::string ruleName(llvm::StringRef Id) {
  std::string Out;
  bool Upper = true;
  for (char C : Id) {
    if (C == '-') {
      Upper = true;
      continue;
    }
    Out += Upper ? llvm::toUpper(C) : C;
    Upper = false;
  }
  return llvm::StringRef(Out).starts_with("Websocket") ? "WebSocket" + Out.substr(9) : Out;
}

Value physicalLocation(const SourceLoc &L) {
  Object Region{{"startLine", L.Line}};
  if (L.Column)
    Region["startColumn"] = L.Column;
  return Object{{"artifactLocation",
                 Object{{"uri", uriPath(L.File)}, {"uriBaseId", "%SRCROOT%"}}},
                {"region", std::move(Region)}};
}

Value notification(const std::string &Level, const std::string &Text,
                   const SourceLoc *Where = nullptr) {
  Object N{{"level", Level}, {"message", Object{{"text", Text}}}};
  if (Where && Where->valid())
    N["locations"] = Array{Object{{"physicalLocation", physicalLocation(*Where)}}};
  return N;
}

} // namespace

void writeSarif(const Report &R, llvm::raw_ostream &OS) {
  Array Rules;
  std::map<std::string, size_t> RuleIndex;
  for (const RuleDescriptor &D : R.Rules) {
    RuleIndex[D.Id] = Rules.size();
    Object Rule{{"id", D.Id},
                {"name", ruleName(D.Id)},
                {"shortDescription", Object{{"text", D.Summary}}},
                {"fullDescription", Object{{"text", D.Summary}}},
                {"defaultConfiguration", Object{{"level", "warning"}}},
                {"properties", Object{{"tags", Array{"websocket", "architecture"}}}}};
    if (!D.HelpUri.empty())
      Rule["helpUri"] = D.HelpUri;
    if (!D.HelpMarkdown.empty())
      Rule["help"] = Object{{"text", D.Summary + " See " + D.HelpUri},
                            {"markdown", D.HelpMarkdown}};
    Rules.push_back(std::move(Rule));
  }

  Array Results;
  for (const Finding &F : R.Findings) {
    if (Results.size() == MaxResults)
      break;
    // Notes without a place (fix hints, the clients) belong to the message.
    std::string Text = F.Message;
    for (const Note &N : F.Notes)
      if (!N.Loc.valid())
        Text += "\n" + N.Message;
    if (std::string C = citationText(R.DecisionTable, F.Citation); !C.empty())
      Text += "\n" + C;
    Object Result{{"ruleId", F.Check},
                  {"level", F.Severity == "error" ? "error" : "warning"},
                  {"message", Object{{"text", Text}}},
                  {"locations", Array{Object{{"physicalLocation", physicalLocation(F.Loc)}}}},
                  {"partialFingerprints",
                   Object{{"wslintFindingKey/v1", findingFingerprint(F)}}}};
    if (auto It = RuleIndex.find(F.Check); It != RuleIndex.end())
      Result["ruleIndex"] = It->second;
    Array Related;
    for (const Note &N : F.Notes) {
      if (!N.Loc.valid() || Related.size() == MaxRelatedLocations)
        continue;
      Related.push_back(Object{{"id", Related.size()},
                               {"physicalLocation", physicalLocation(N.Loc)},
                               {"message", Object{{"text", N.Message}}}});
    }
    if (!Related.empty())
      Result["relatedLocations"] = std::move(Related);
    // The ways to the sockets as code flows: GitHub shows each step by step.
    Array Flows;
    for (const CallPath &P : F.Paths) {
      Array Steps;
      for (const Note &N : P.Steps)
        if (N.Loc.valid())
          Steps.push_back(Object{{"location", Object{{"physicalLocation", physicalLocation(N.Loc)},
                                                     {"message", Object{{"text", N.Message}}}}}});
      if (!Steps.empty())
        Flows.push_back(Object{
            {"message", Object{{"text", "the way from the entry to '" + P.Socket + "'"}}},
            {"threadFlows", Array{Object{{"locations", std::move(Steps)}}}}});
    }
    if (!Flows.empty())
      Result["codeFlows"] = std::move(Flows);
    Array Clients;
    for (const auto &C : F.Clients)
      Clients.push_back(C);
    Object Props{{"client", F.Client}, {"clients", std::move(Clients)}};
    if (!F.Citation.empty())
      Props["citation"] = F.Citation;
    Result["properties"] = std::move(Props);
    Results.push_back(std::move(Result));
  }

  Array Notifications;
  for (const UnitError &E : R.Errors)
    Notifications.push_back(notification("error", unitErrorText(E), &E.Error.Loc));
  if (R.Findings.size() > MaxResults)
    Notifications.push_back(notification(
        "warning", std::to_string(R.Findings.size() - MaxResults) +
                       " findings are left out: GitHub code scanning keeps " +
                       std::to_string(MaxResults) + " results per run"));

  std::string Root = R.Root;
  if (!Root.empty() && Root.back() != '/')
    Root += '/';
  Object Run{
      {"tool", Object{{"driver", Object{{"name", "wslint"},
                                        {"version", R.Version},
                                        {"semanticVersion", R.Version},
                                        {"informationUri", WSLINT_HOMEPAGE},
                                        {"rules", std::move(Rules)}}}}},
      {"invocations", Array{Object{{"executionSuccessful", R.Errors.empty()},
                                   {"toolExecutionNotifications", std::move(Notifications)}}}},
      {"columnKind", "unicodeCodePoints"},
      {"results", std::move(Results)},
      {"properties", Object{{"project", R.G.Project}}}};
  if (!Root.empty())
    Run["originalUriBaseIds"] =
        Object{{"%SRCROOT%", Object{{"uri", "file://" + uriPath(Root)}}}};
  Value Doc = Object{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                     {"version", "2.1.0"},
                     {"runs", Array{std::move(Run)}}};
  OS << llvm::formatv("{0:2}", Doc) << "\n";
}

} // namespace wslint
