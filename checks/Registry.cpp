// SPDX-License-Identifier: Apache-2.0
// Expands CheckList.def into the check registry.
#include "Registry.h"
#include "CheckIncludes.inc" // generated from CheckList.def

#include "llvm/ADT/StringRef.h"

#include <map>

namespace wslint {

const std::vector<CheckInfo> &allChecks() {
  static const std::vector<CheckInfo> Checks = {
#define WSLINT_CHECK(Id, Class, CheckScope, Fix, Summary)                                \
  {Id, Summary, Scope::CheckScope, Fix,                                                  \
   [](const Config &Cfg) -> std::unique_ptr<Check> { return std::make_unique<Class>(Cfg); }},
#include "CheckList.def"
  };
  return Checks;
}

std::vector<std::string> checkIds() {
  std::vector<std::string> Ids;
  for (const CheckInfo &C : allChecks())
    Ids.push_back(C.Id);
  return Ids;
}

const char *checkHelp(const std::string &Id) {
  static const std::pair<const char *, const char *> Docs[] = {
#include "CheckDocs.inc" // generated from docs/checks/*.md
  };
  for (const auto &[DocId, Text] : Docs)
    if (Id == DocId)
      return Text;
  return "";
}

std::string checkDocsUrl(const std::string &Id) { return WSLINT_DOCS_URL + Id + ".md"; }

std::vector<Finding> runChecks(const Graph &G, const Config &Cfg, const CheckFilter &Filter) {
  std::vector<Finding> Out;
  for (const CheckInfo &Info : allChecks()) {
    if (!Filter.enabled(Info.Id))
      continue;
    auto C = Info.Make(Cfg);
    for (const Client &Cl : G.Clients)
      C->run(G, Cl, Out);
  }
  sortFindings(Out);
  mergeAcrossClients(Out);
  return Out;
}

std::vector<std::string> fixKindsFor(const std::string &CheckId) {
  std::vector<std::string> Kinds;
  for (const CheckInfo &C : allChecks())
    if (CheckId == C.Id) {
      llvm::SmallVector<llvm::StringRef, 4> Parts;
      llvm::StringRef(C.Fix).split(Parts, ',', -1, false);
      for (llvm::StringRef P : Parts)
        Kinds.push_back(P.trim().str());
    }
  return Kinds;
}

void addFixHints(std::vector<Finding> &Findings, const RuleSet &Rules) {
  std::map<std::string, const LibraryRules *> ById;
  for (const LibraryRules &L : Rules.Libraries)
    ById[L.Id] = &L;
  for (Finding &F : Findings) {
    auto It = ById.find(F.Library);
    if (It == ById.end())
      continue;
    for (const std::string &Kind : fixKindsFor(F.Check))
      if (auto H = It->second->Fix.find(Kind);
          H != It->second->Fix.end() &&
          std::find(F.OwnFix.begin(), F.OwnFix.end(), Kind) == F.OwnFix.end())
        F.Notes.push_back({{}, "fix (" + It->second->Name + "): " + H->second});
  }
}

} // namespace wslint
