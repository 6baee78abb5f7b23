// SPDX-License-Identifier: Apache-2.0
// GitLab's code quality report: a JSON array of Code Climate issues, each with the
// description, check_name, fingerprint, severity and location GitLab requires.
#include "../Report.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/xxhash.h"

namespace wslint {

std::string findingFingerprint(const Finding &F) {
  return llvm::utohexstr(llvm::xxh3_64bits(F.Key), /*LowerCase=*/true, /*Width=*/16);
}

void writeCodeClimate(const Report &R, llvm::raw_ostream &OS) {
  llvm::json::Array Issues;
  for (const Finding &F : R.Findings) {
    std::string Text = F.Message;
    if (std::string C = citationText(R.DecisionTable, F.Citation); !C.empty())
      Text += " (" + C + ")";
    Issues.push_back(llvm::json::Object{
        {"type", "issue"},
        {"check_name", F.Check},
        {"description", Text},
        {"categories", llvm::json::Array{"Bug Risk"}},
        {"severity", F.Severity == "error" ? "critical" : "major"},
        {"fingerprint", findingFingerprint(F)},
        {"location", llvm::json::Object{{"path", F.Loc.File},
                                        {"lines", llvm::json::Object{{"begin", F.Loc.Line}}}}}});
  }
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Issues))) << "\n";
}

} // namespace wslint
