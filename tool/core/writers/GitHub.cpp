// SPDX-License-Identifier: Apache-2.0
// GitHub Actions: workflow-command annotations and a Markdown step summary.
// GitHub shows 10 warning and 10 error annotations per step (actions/toolkit,
// docs/problem-matchers.md), and a step summary holds 1 MiB: past those, findings are
// printed as plain lines and the summary says what it left out. Every string taken from
// analysed code is escaped for the format it lands in: workflow-command data and
// properties, Markdown table cells, Mermaid labels.
#include "../Report.h"

#include "llvm/ADT/StringExtras.h"

namespace wslint {

namespace {

constexpr size_t AnnotationsPerKind = 10;
constexpr size_t SummaryBudget = 1000 * 1000; // bytes, under GitHub's 1 MiB per step

/// Workflow-command data, or with Property a property value, escaped as actions/toolkit's
/// command.ts does (escapeData: '%', CR, LF; escapeProperty: also ':' and ',').
std::string commandText(llvm::StringRef S, bool Property = false) {
  std::string Out;
  for (char C : validUtf8(S.str())) {
    switch (C) {
    case '%': Out += "%25"; break;
    case '\r': Out += "%0D"; break;
    case '\n': Out += "%0A"; break;
    case ':': Out += Property ? "%3A" : ":"; break;
    case ',': Out += Property ? "%2C" : ","; break;
    default: Out += C;
    }
  }
  return Out;
}

std::string annotation(const char *Kind, const SourceLoc &L, const std::string &Title,
                       const std::string &Message) {
  std::string Out = std::string("::") + Kind + " ";
  if (L.valid())
    Out += "file=" + commandText(L.File, true) + ",line=" + std::to_string(L.Line) + ",col=" +
           std::to_string(L.Column) + ",";
  Out += "title=" + commandText(Title, true) + "::" + commandText(Message);
  return Out;
}

std::string location(const SourceLoc &L) {
  return L.File + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Column);
}

/// A Markdown table cell: no line breaks, no cell separators, no markup or HTML.
std::string markdownCell(llvm::StringRef S) {
  std::string Out;
  for (char C : validUtf8(S.str())) {
    switch (C) {
    case '\n':
    case '\r':
      Out += ' ';
      break;
    case '<':
      Out += "&lt;";
      break;
    case '>':
      Out += "&gt;";
      break;
    case '&':
      Out += "&amp;";
      break;
    case '|':
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '(':
    case ')':
    case '#':
    case '!':
    case '~':
    case '$':
      Out += '\\';
      Out += C;
      break;
    default:
      Out += C;
    }
  }
  return Out;
}

} // namespace

void writeGitHub(const Report &R, llvm::raw_ostream &OS) {
  size_t Errors = 0, Warnings = 0;
  for (const UnitError &E : R.Errors) {
    std::string Text = unitErrorText(E);
    if (Errors++ < AnnotationsPerKind)
      OS << annotation("error", E.Error.Loc, "wslint: incomplete analysis", Text) << "\n";
    else
      OS << "error: " << oneLine(Text) << "\n";
  }
  for (const Finding &F : R.Findings) {
    std::string Message = F.Message;
    for (const Note &N : F.Notes)
      Message += "\n" + (N.Loc.valid() ? location(N.Loc) + ": " : "") + N.Message;
    if (std::string C = citationText(R.DecisionTable, F.Citation); !C.empty())
      Message += "\n" + C;
    if (Warnings++ < AnnotationsPerKind) {
      OS << annotation("warning", F.Loc, F.Check, Message) << "\n";
    } else {
      // Past the cap GitHub drops annotations; the log keeps them as text.
      OS << location(F.Loc) << ": warning: " << oneLine(F.Message) << " [" << F.Check
         << "]\n";
    }
  }
  if (Warnings > AnnotationsPerKind)
    OS << "::notice title=wslint::"
       << commandText(std::to_string(Warnings - AnnotationsPerKind) +
                      " more findings are in this log and the step summary (GitHub shows " +
                      std::to_string(AnnotationsPerKind) + " warning annotations per step)")
       << "\n";
}

void writeSummary(const Report &R, llvm::raw_ostream &OS) {
  std::string Out = "## wslint: " + R.G.Project + "\n\n";
  size_t Sockets = 0;
  for (const Client &C : R.G.Clients)
    Sockets += C.Sockets.size();
  auto Count = [](size_t N, const char *Noun) {
    return std::to_string(N) + " " + Noun + (N == 1 ? "" : "s");
  };
  Out += Count(R.Stats.TranslationUnits, "translation unit") + ", " +
         Count(R.G.Clients.size(), "client") + ", " + Count(Sockets, "WebSocket") + ": " +
         (R.Findings.empty() ? std::string("no findings") : Count(R.Findings.size(), "finding")) +
         ".\n\n";
  for (const UnitError &E : R.Errors)
    Out += "- **incomplete:** " + markdownCell(unitErrorText(E)) + "\n";
  if (!R.Errors.empty())
    Out += "\n";

  // The graph first: it is what a reviewer looks at.
  std::string Graph;
  llvm::raw_string_ostream GS(Graph);
  writeMermaid(R.G, R.Findings, GS);
  GS.flush();
  std::string GraphBlock = "```mermaid\n" + Graph + "```\n\n";

  std::string Table;
  size_t Written = 0;
  if (!R.Findings.empty()) {
    Table = "| location | check | finding |\n|---|---|---|\n";
    for (const Finding &F : R.Findings) {
      std::string Row = "| " + markdownCell(location(F.Loc)) + " | " + markdownCell(F.Check) +
                        " | " + markdownCell(F.Message) + " |\n";
      if (Out.size() + GraphBlock.size() + Table.size() + Row.size() > SummaryBudget)
        break;
      Table += Row;
      ++Written;
    }
  }
  if (Out.size() + GraphBlock.size() + Table.size() <= SummaryBudget)
    Out += GraphBlock;
  Out += Table;
  if (Written < R.Findings.size())
    Out += "\n" + std::to_string(R.Findings.size() - Written) +
           " more findings are left out to keep the summary under GitHub's size limit; the "
           "job log has them all.\n";
  OS << Out;
}

} // namespace wslint
