// SPDX-License-Identifier: Apache-2.0
#include "Check.h"
#include "Support.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/GlobPattern.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace wslint {

void sortFindings(std::vector<Finding> &Findings) {
  std::stable_sort(Findings.begin(), Findings.end(), [](const Finding &A, const Finding &B) {
    return std::tie(A.Loc, A.Check, A.Message, A.Client) <
           std::tie(B.Loc, B.Check, B.Message, B.Client);
  });
}

void mergeAcrossClients(std::vector<Finding> &Findings) {
  std::vector<Finding> Out;
  std::map<std::tuple<std::string, std::string, SourceLoc>, size_t> Seen;
  for (Finding &F : Findings) {
    auto [It, New] = Seen.emplace(std::make_tuple(F.Check, F.Subject, F.Loc), Out.size());
    if (F.Subject.empty() || New) {
      Out.push_back(std::move(F));
      continue;
    }
    Finding &First = Out[It->second];
    First.Clients.insert(First.Clients.end(), F.Clients.begin(), F.Clients.end());
    First.MergedKeys.push_back(F.Key);
    First.MergedKeys.insert(First.MergedKeys.end(), F.MergedKeys.begin(), F.MergedKeys.end());
    // Messages that name their own client say the same thing.
    std::string Mine = F.Message;
    for (size_t At = 0; (At = Mine.find("'" + F.Client + "'", At)) != std::string::npos;
         At += First.Client.size() + 2)
      Mine.replace(At, F.Client.size() + 2, "'" + First.Client + "'");
    if (Mine != First.Message)
      First.Notes.push_back({{}, "in client '" + F.Client + "': " + F.Message});
  }
  for (Finding &F : Out) {
    if (F.Clients.size() < 2)
      continue;
    std::sort(F.Clients.begin(), F.Clients.end());
    F.Clients.erase(std::unique(F.Clients.begin(), F.Clients.end()), F.Clients.end());
    std::string List;
    for (size_t I = 0; I < F.Clients.size(); ++I)
      List += (I ? I + 1 == F.Clients.size() ? " and '" : ", '" : "'") + F.Clients[I] + "'";
    F.Notes.push_back({{}, "the same in " + std::to_string(F.Clients.size()) +
                               " clients: " + List});
  }
  Findings = std::move(Out);
}

llvm::Expected<CheckFilter> CheckFilter::parse(const std::string &Globs,
                                               const std::vector<std::string> &Known) {
  CheckFilter F;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  llvm::StringRef(Globs).split(Parts, ',', -1, false);
  for (llvm::StringRef P : Parts) {
    P = P.trim();
    if (P.empty())
      continue;
    bool Enable = !P.consume_front("-");
    P = P.trim();
    auto Pat = llvm::GlobPattern::create(P);
    if (!Pat)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "bad check glob '%s': %s", P.str().c_str(),
                                     llvm::toString(Pat.takeError()).c_str());
    bool Matches = std::any_of(Known.begin(), Known.end(),
                               [&](const std::string &K) { return Pat->match(K); });
    bool IsPlainName = P.find_first_of("*?[") == llvm::StringRef::npos;
    // A plain name that names nothing is a typo; a glob of another tool's checks
    // (clang-tidy's "-*,bugprone-*" shared in one .clang-tidy) is fine.
    if (!Matches && IsPlainName && P.starts_with("websocket-"))
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "unknown check '%s'%s", P.str().c_str(),
                                     didYouMean(P.str(), Known).c_str());
    F.Entries.emplace_back(Enable, P.str());
  }
  return F;
}

bool CheckFilter::enabled(const std::string &Id) const {
  bool On = false;
  for (const auto &[Enable, Glob] : Entries)
    if (auto Pat = llvm::GlobPattern::create(Glob); Pat && Pat->match(Id))
      On = Enable;
  return On;
}

} // namespace wslint
