// SPDX-License-Identifier: Apache-2.0
#include "Suppress.h"
#include "Support.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <map>
#include <set>

namespace wslint {

namespace {

/// If Line holds Marker (followed by an optional "(globs)"), whether it applies to Check.
/// A marker with no list applies to every check.
std::optional<bool> markerApplies(llvm::StringRef Line, llvm::StringRef Marker,
                                  const std::string &Check) {
  size_t P = 0;
  while ((P = Line.find(Marker, P)) != llvm::StringRef::npos) {
    llvm::StringRef Rest = Line.drop_front(P + Marker.size());
    // NOLINT must not match the start of NOLINTNEXTLINE / NOLINTBEGIN.
    if (!Rest.empty() && std::isalpha(static_cast<unsigned char>(Rest[0]))) {
      P += Marker.size();
      continue;
    }
    if (!Rest.consume_front("("))
      return true;
    llvm::StringRef List = Rest.take_until([](char C) { return C == ')'; });
    llvm::SmallVector<llvm::StringRef, 4> Globs;
    List.split(Globs, ',', -1, false);
    for (llvm::StringRef G : Globs)
      if (auto Pat = llvm::GlobPattern::create(G.trim()); Pat && Pat->match(Check))
        return true;
    return false;
  }
  return std::nullopt;
}

bool applies(llvm::StringRef Line, llvm::StringRef Marker, const std::string &Check) {
  auto R = markerApplies(Line, Marker, Check);
  return R && *R;
}

} // namespace

/// One file's NOLINT comments by line.
using CommentLines = std::map<unsigned, std::string>;

/// The line whose comment suppresses Check at LineNo, or 0.
static unsigned suppressingLine(const CommentLines &Lines, unsigned LineNo,
                                const std::string &Check) {
  auto At = [&](unsigned L) -> llvm::StringRef {
    auto It = Lines.find(L);
    return It == Lines.end() ? llvm::StringRef() : llvm::StringRef(It->second);
  };
  if (applies(At(LineNo), "NOLINT", Check))
    return LineNo;
  if (LineNo >= 2 && applies(At(LineNo - 1), "NOLINTNEXTLINE", Check))
    return LineNo - 1;
  std::vector<unsigned> Open;
  for (const auto &[L, Text] : Lines) {
    if (L >= LineNo)
      break;
    if (applies(Text, "NOLINTBEGIN", Check))
      Open.push_back(L);
    if (applies(Text, "NOLINTEND", Check) && !Open.empty())
      Open.pop_back();
  }
  return Open.empty() ? 0 : Open.back();
}

bool isSuppressed(const std::vector<std::string> &Lines, unsigned LineNo,
                  const std::string &Check) {
  CommentLines C;
  for (unsigned I = 0; I < Lines.size(); ++I)
    C[I + 1] = Lines[I];
  return suppressingLine(C, LineNo, Check) != 0;
}

void applySuppressions(std::vector<Finding> &Findings,
                       const std::vector<SuppressionFact> &Comments,
                       std::vector<SuppressionFact> *Unused) {
  std::map<std::string, CommentLines> ByFile;
  for (const auto &C : Comments)
    ByFile[C.Loc.File][C.Loc.Line] = C.Text;
  std::set<std::pair<std::string, unsigned>> Used;
  Findings.erase(std::remove_if(Findings.begin(), Findings.end(),
                                [&](const Finding &F) {
                                  auto It = ByFile.find(F.Loc.File);
                                  if (It == ByFile.end())
                                    return false;
                                  unsigned L = suppressingLine(It->second, F.Loc.Line, F.Check);
                                  if (L)
                                    Used.insert({F.Loc.File, L});
                                  return L != 0;
                                }),
                 Findings.end());
  if (!Unused)
    return;
  // Comments that name a websocket check (explicitly or by glob) and silenced nothing. A
  // bare NOLINT belongs to every tool and is not wslint's to call unused.
  std::set<std::pair<std::string, unsigned>> Seen;
  for (const auto &C : Comments) {
    llvm::StringRef T(C.Text);
    size_t Open = T.find('(');
    if (T.starts_with("NOLINTEND") || Open == llvm::StringRef::npos ||
        !T.drop_front(Open).contains("websocket") || Used.count({C.Loc.File, C.Loc.Line}) ||
        !Seen.insert({C.Loc.File, C.Loc.Line}).second)
      continue;
    Unused->push_back(C);
  }
}

llvm::Expected<Baseline> loadBaseline(const std::string &Path) {
  std::string Text;
  if (auto E = readTextFile(Path, Text))
    return std::move(E);
  auto V = llvm::json::parse(Text);
  if (!V)
    return inputError(Path, 0, 0, "not valid JSON: " + llvm::toString(V.takeError()));
  Baseline B;
  const auto *O = V->getAsObject();
  const auto *Entries = O ? O->getArray("findings") : nullptr;
  if (!Entries || O->getInteger("wslint_baseline") != 1)
    return inputError(Path, 0, 0, "not a wslint baseline (expected {\"wslint_baseline\": 1, "
                                  "\"findings\": [...]})");
  for (const auto &E : *Entries) {
    const auto *EO = E.getAsObject();
    auto Key = EO ? EO->getString("key") : std::nullopt;
    if (!Key)
      return inputError(Path, 0, 0, "a baseline entry lacks its \"key\"");
    B.Keys.push_back(Key->str());
  }
  return B;
}

std::string baselineToJson(const std::vector<Finding> &Findings) {
  llvm::json::Array Entries;
  std::set<std::string> Seen;
  for (const auto &F : Findings)
    if (Seen.insert(F.Key).second)
      Entries.push_back(llvm::json::Object{
          {"key", F.Key}, {"check", F.Check}, {"file", F.Loc.File}, {"message", F.Message}});
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << llvm::formatv("{0:2}", llvm::json::Value(llvm::json::Object{
                                   {"wslint_baseline", 1}, {"findings", std::move(Entries)}}))
     << "\n";
  return OS.str();
}

std::vector<std::string> applyBaseline(std::vector<Finding> &Findings, const Baseline &B) {
  std::set<std::string> Keys(B.Keys.begin(), B.Keys.end()), Matched;
  auto Match = [&](const std::string &K) {
    if (!Keys.count(K))
      return false;
    Matched.insert(K);
    return true;
  };
  Findings.erase(std::remove_if(Findings.begin(), Findings.end(),
                                [&](const Finding &F) {
                                  // Any client's key: a baseline written when each
                                  // client had its own finding still matches.
                                  bool Hit = Match(F.Key);
                                  for (const auto &K : F.MergedKeys)
                                    Hit = Match(K) || Hit;
                                  return Hit;
                                }),
                 Findings.end());
  std::vector<std::string> Stale;
  for (const auto &K : B.Keys)
    if (!Matched.count(K))
      Stale.push_back(K);
  return Stale;
}

void keepFindingsInvolving(std::vector<Finding> &Findings, const FactSet &Facts,
                           const std::vector<std::string> &Changed) {
  std::set<std::string> Touched(Changed.begin(), Changed.end());
  for (const TUFacts &U : Facts.Units)
    if (std::any_of(U.Reads.begin(), U.Reads.end(),
                    [&](const std::string &R) { return Touched.count(R) != 0; }))
      Touched.insert(U.MainFile);
  Findings.erase(std::remove_if(Findings.begin(), Findings.end(),
                                [&](const Finding &F) {
                                  if (Touched.count(F.Loc.File))
                                    return false;
                                  return std::none_of(
                                      F.Notes.begin(), F.Notes.end(), [&](const Note &N) {
                                        return Touched.count(N.Loc.File) != 0;
                                      });
                                }),
                 Findings.end());
}

} // namespace wslint
