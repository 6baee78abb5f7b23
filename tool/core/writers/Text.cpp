// SPDX-License-Identifier: Apache-2.0
// clang-style diagnostics: "file:line:col: warning: message [check-id]" plus notes.
#include "../Report.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"

#include <algorithm>
#include <iterator>
#include <set>

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

std::string unitErrorText(const UnitError &E) {
  std::string Out;
  if (!E.Error.Loc.File.empty()) {
    Out += E.Error.Loc.File;
    if (E.Error.Loc.Line)
      Out += ":" + std::to_string(E.Error.Loc.Line) + ":" + std::to_string(E.Error.Loc.Column);
    Out += ": ";
  }
  return Out + E.Error.Message + " (while analysing " + E.MainFile +
         "; its facts are incomplete)";
}

std::string validUtf8(const std::string &S) {
  return llvm::json::isUTF8(S) ? S : llvm::json::fixUTF8(S);
}

std::string oneLine(const std::string &S) {
  std::string Out;
  for (unsigned char C : validUtf8(S)) {
    if (C == '\n')
      Out += "\\n";
    else if (C == '\r')
      Out += "\\r";
    else if (C < 0x20 || C == 0x7f)
      Out += "\\x" + llvm::utohexstr(C, /*LowerCase=*/true, /*Width=*/2);
    else
      Out += static_cast<char>(C);
  }
  return Out;
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

/// A path as notes, at most MaxPathSteps of them: the entry's call, then the calls
/// nearest the opening (where the reader looks first); the full path is in JSON and SARIF.
/// A path at most two steps longer is printed whole: the line that says what it leaves out
/// would cost as much as the steps it hides.
static void writePath(const CallPath &P, bool Several, llvm::raw_ostream &OS) {
  constexpr size_t MaxPathSteps = 5, MinHidden = 3;
  const auto &Steps = P.Steps;
  std::string Intro = Several ? "the way to '" + P.Socket + "': " : "the way from the entry: ";
  for (size_t I = 0; I < Steps.size(); ++I) {
    if (Steps.size() >= MaxPathSteps + MinHidden && I == 1) {
      size_t Left = Steps.size() - MaxPathSteps;
      OS << "note: … " << Left << " more step" << (Left == 1 ? "" : "s")
         << " (all of them: --format=json or sarif)\n";
      I += Left;
    }
    location(OS, Steps[I].Loc);
    OS << "note: " << (I == 0 ? Intro : "") << oneLine(Steps[I].Message) << "\n";
  }
}

void writeText(const Report &R, llvm::raw_ostream &OS) {
  // A table row several findings of one check cite is quoted once, under the first of
  // them (JSON and SARIF give it with every finding).
  std::set<std::pair<std::string, std::string>> Cited;
  for (const Finding &F : R.Findings) {
    location(OS, F.Loc);
    OS << F.Severity << ": " << oneLine(F.Message) << " [" << F.Check << "]\n";
    for (const Note &N : F.Notes) {
      location(OS, N.Loc);
      OS << "note: " << oneLine(N.Message) << "\n";
    }
    // The way to the socket the finding points at (a budget finding: the one past the
    // ceiling); the ways to the others are in JSON and SARIF. A socket opened in the entry
    // itself needs no way there.
    const CallPath *Shown = F.Paths.empty() ? nullptr : &F.Paths.front();
    for (const CallPath &P : F.Paths)
      if (!P.Steps.empty() && P.Steps.back().Loc == F.Loc)
        Shown = &P;
    if (Shown && Shown->Steps.size() > 1)
      writePath(*Shown, F.Paths.size() > 1, OS);
    if (F.Paths.size() > 1)
      OS << "note: the ways to its other " << F.Paths.size() - 1 << " socket"
         << (F.Paths.size() == 2 ? "" : "s") << ": --format=json or sarif\n";
    if (auto C = citationText(R.DecisionTable, F.Citation);
        !C.empty() && Cited.insert({F.Check, F.Citation}).second)
      OS << "note: " << C << "\n";
  }
  // Clients whose code may live in the same failed TUs share one note (a library's demos
  // all reach into its one broken file), in the order of their first client.
  std::vector<std::pair<const std::vector<std::string> *, std::vector<std::string>>> Lost;
  for (const Client &C : R.G.Clients) {
    if (!C.Incomplete)
      continue;
    auto Same = std::find_if(Lost.begin(), Lost.end(),
                             [&](const auto &L) { return *L.first == C.IncompleteUnits; });
    if (Same == Lost.end()) {
      Lost.push_back({&C.IncompleteUnits, {}});
      Same = std::prev(Lost.end());
    }
    Same->second.push_back("'" + oneLine(C.Name) + "'");
  }
  for (const auto &[Units, Names] : Lost) {
    bool One = Names.size() == 1;
    std::string Who =
        One ? Names.front()
            : llvm::join(Names.begin(), std::prev(Names.end()), ", ") + " and " + Names.back();
    OS << "note: client" << (One ? " " : "s ") << Who
       << " may be incomplete: " << (One ? "its" : "their") << " code may live in "
       << oneLine(llvm::join(*Units, ", "))
       << ", which could not be fully analysed (see the errors); " << (One ? "its" : "their")
       << " sockets and findings may be too few\n";
  }
  for (const Client &C : R.G.Clients) {
    // Sockets opened one after another, or on alternative paths, do not add up; instances
    // of a class holding one do. Say so when the count is not the number of sockets.
    size_t Bounded = 0;
    std::vector<std::string> AtPeak, Apart;
    for (const Socket &S : C.Sockets)
      if (!S.Unbounded) {
        ++Bounded;
        if (S.AtOnce)
          AtPeak.push_back("'" + S.Holder.Name + "'" +
                           (S.AtOnce > 1 ? " x" + std::to_string(S.AtOnce) : ""));
        else
          Apart.push_back("'" + S.Holder.Name + "'");
      }
    if (!C.Unreached && Bounded && C.atOnce() != Bounded) {
      OS << "note: client '" << oneLine(C.Name) << "' opens " << Bounded << " WebSocket"
         << (Bounded == 1 ? "" : "s") << " and holds " << C.atOnce()
         << " at once: " << oneLine(llvm::join(AtPeak, ", "));
      // The sockets the peak leaves out: opened one after another, or on other paths.
      if (!Apart.empty())
        OS << "; not at the same time as these: " << oneLine(llvm::join(Apart, ", "));
      OS << "\n";
    }
    if (C.Unreached && !C.Sockets.empty())
      OS << "note: " << C.Sockets.size() << " WebSocket" << (C.Sockets.size() == 1 ? "" : "s")
         << " no entry point reaches (client '" << oneLine(C.Name)
         << "'): per-socket checks ran, the whole-client checks (connection budget, "
            "undocumented boundary) did not; name their entry point with 'entry:' or give "
            "them a client with 'clients: [{name: …, paths: […]}]' in .wslint.yaml\n";
  }
}

} // namespace wslint
