// SPDX-License-Identifier: Apache-2.0
#include "Reporting.h"
#include "../core/Support.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <set>

namespace wslint {
namespace cli {
namespace {

int writeGraphFile(const LintResult &R, const std::string &Path, llvm::raw_ostream &Err) {
  llvm::StringRef Ext = llvm::sys::path::extension(Path);
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  if (EC) {
    Err << "wslint: error: " << Path << ": cannot write: " << EC.message() << "\n";
    return 2;
  }
  if (Ext == ".dot")
    writeDot(R.G, R.Findings, OS);
  else if (Ext == ".mmd")
    writeMermaid(R.G, R.Findings, OS);
  else if (Ext == ".json")
    writeGraphJson(R.G, OS);
  else
    writeHtml(R.G, R.Findings, OS);
  return 0;
}

} // namespace

std::vector<UnitError> unitErrors(const FactSet &Facts) {
  std::vector<UnitError> Out;
  for (const auto &U : Facts.Units)
    for (const auto &E : U.Errors)
      Out.push_back({U.MainFile, E});
  return Out;
}

void reportUnitErrors(const FactSet &Facts, llvm::raw_ostream &Err) {
  for (const UnitError &E : unitErrors(Facts))
    Err << "wslint: error: " << oneLine(unitErrorText(E)) << "\n";
}

int report(const LintResult &R, const DriverOptions &Opts, llvm::raw_ostream &Out,
           llvm::raw_ostream &Err) {
  reportUnitErrors(R.Facts, Err);
  // Nothing to report only when every TU stopped short (a fatal error, a crash); a TU with
  // recoverable errors gives the facts it has, as it does in a larger run.
  if (!R.Facts.Units.empty() &&
      std::all_of(R.Facts.Units.begin(), R.Facts.Units.end(),
                  [](const TUFacts &U) { return !U.Complete && U.Truncated; })) {
    Err << "wslint: error: none of the " << R.Stats.TranslationUnits
        << " translation units could be analysed; no results\n";
    return 2;
  }
  if (!Opts.GraphFile.empty())
    if (int RC = writeGraphFile(R, Opts.GraphFile, Err))
      return RC;
  for (const auto &K : R.StaleBaseline)
    Err << "wslint: note: " << Opts.BaselineFile
        << ": this baseline entry matches no finding any more; remove it: " << K << "\n";
  Report Rep{R.G, R.Findings, R.Rules.DecisionTable, R.Stats};
  for (const CheckInfo &C : allChecks())
    Rep.Rules.push_back({C.Id, C.Summary, checkHelp(C.Id), checkDocsUrl(C.Id)});
  Rep.Root = R.Cfg.Root;
  Rep.Version = WSLINT_VERSION;
  Rep.Errors = unitErrors(R.Facts);
  if (!Opts.SummaryFile.empty()) {
    std::error_code EC;
    llvm::raw_fd_ostream S(Opts.SummaryFile, EC, llvm::sys::fs::OF_Append);
    if (EC) {
      Err << "wslint: error: " << Opts.SummaryFile << ": cannot write: " << EC.message()
          << "\n";
      return 2;
    }
    writeSummary(Rep, S);
  }
  if (Opts.Format == "json")
    writeJson(Rep, Out);
  else if (Opts.Format == "sarif")
    writeSarif(Rep, Out);
  else if (Opts.Format == "github")
    writeGitHub(Rep, Out);
  else if (Opts.Format == "codeclimate")
    writeCodeClimate(Rep, Out);
  else
    writeText(Rep, Out);
  Out.flush();
  if (!Opts.Quiet)
    for (const auto &N : R.Stats.Notes)
      Err << "wslint: note: " << N << "\n";
  if (!Opts.Quiet) {
    // Distinct sockets: one a library's code opens for two programs is one socket.
    std::set<std::pair<SourceLoc, std::string>> Distinct;
    for (const auto &C : R.G.Clients)
      for (const Socket &S : C.Sockets)
        Distinct.insert({S.Loc, S.Holder.Name});
    size_t Sockets = Distinct.size();
    Err << "wslint: " << R.G.Project << ": " << R.Stats.TranslationUnits << " translation unit"
        << (R.Stats.TranslationUnits == 1 ? "" : "s");
    std::vector<std::string> Details;
    if (R.Stats.SkippedByPrefilter)
      Details.push_back(std::to_string(R.Stats.SkippedByPrefilter) +
                        " without WebSocket headers skipped");
    if (R.Stats.ParsedForCalls)
      Details.push_back(std::to_string(R.Stats.ParsedForCalls) +
                        " without WebSocket headers parsed for their calls into socket code");
    if (R.Stats.CacheHits)
      Details.push_back(std::to_string(R.Stats.CacheHits) + " from the cache");
    if (R.Stats.ParseErrors)
      Details.push_back(std::to_string(R.Stats.ParseErrors) + " incomplete");
    if (!Details.empty())
      Err << " (" << llvm::join(Details, ", ") << ")";
    Err << ", " << R.G.Clients.size() << " client" << (R.G.Clients.size() == 1 ? "" : "s")
        << ", " << Sockets << " WebSocket" << (Sockets == 1 ? "" : "s") << ": ";
    if (R.Findings.empty())
      Err << "no findings\n";
    else
      Err << R.Findings.size() << " finding" << (R.Findings.size() == 1 ? "" : "s") << "\n";
  }
  if (R.Stats.ParseErrors && !Opts.AllowIncomplete && !R.Cfg.AllowIncomplete) {
    Err << "wslint: error: the analysis is incomplete: " << R.Stats.ParseErrors << " of "
        << R.Stats.TranslationUnits
        << " translation units could not be fully analysed (exit status "
        << "3; --allow-incomplete or 'allow-incomplete: true' in .wslint.yaml exits by the "
           "findings alone)\n";
    return 3;
  }
  return R.Findings.empty() ? 0 : 1;
}

} // namespace cli
} // namespace wslint
