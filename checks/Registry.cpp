// SPDX-License-Identifier: Apache-2.0
// Expands CheckList.def into the check registry.
#include "Registry.h"
#include "CheckIncludes.inc" // generated from CheckList.def

namespace wslint {

const std::vector<CheckInfo> &allChecks() {
  static const std::vector<CheckInfo> Checks = {
#define WSLINT_CHECK(Id, Class, CheckScope, Summary)                                     \
  {Id, Summary, Scope::CheckScope,                                                       \
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
  return Out;
}

} // namespace wslint
