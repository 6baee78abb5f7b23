// SPDX-License-Identifier: Apache-2.0
// clang-style diagnostics: "file:line:col: warning: message [check-id]" plus notes.
#include "../Report.h"

namespace wslint {

std::string citationText(const std::vector<DecisionRow> &Table, const std::string &RowId) {
  const DecisionRow *R = findRow(Table, RowId);
  if (!R)
    return "";
  if (R->Table == "connection-count")
    return "decision table: \"" + R->Scenario + "\" → " + R->Count + ": " + R->Why;
  if (R->Table == "connection-limits")
    return "limits table: " + R->Scenario + " runs out of \"" + R->Count + "\": " + R->Why;
  return "reference: " + R->Scenario + ": " + R->Why;
}

static void location(llvm::raw_ostream &OS, const SourceLoc &L) {
  if (L.File.empty())
    return;
  OS << L.File;
  if (L.Line) {
    OS << ':' << L.Line;
    if (L.Column)
      OS << ':' << L.Column;
  }
  OS << ": ";
}

void writeText(const Report &R, llvm::raw_ostream &OS) {
  for (const Finding &F : R.Findings) {
    location(OS, F.Loc);
    OS << F.Severity << ": " << F.Message << " [" << F.Check << "]\n";
    for (const Note &N : F.Notes) {
      location(OS, N.Loc);
      OS << "note: " << N.Message << "\n";
    }
    if (auto C = citationText(R.DecisionTable, F.Citation); !C.empty())
      OS << "note: " << C << "\n";
  }
}

} // namespace wslint
