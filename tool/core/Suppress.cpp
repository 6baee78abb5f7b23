// SPDX-License-Identifier: Apache-2.0
#include "Suppress.h"
#include "Support.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <map>

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

bool isSuppressed(const std::vector<std::string> &Lines, unsigned LineNo,
                  const std::string &Check) {
  if (LineNo == 0 || LineNo > Lines.size())
    return false;
  if (applies(Lines[LineNo - 1], "NOLINT", Check))
    return true;
  if (LineNo >= 2 && applies(Lines[LineNo - 2], "NOLINTNEXTLINE", Check))
    return true;
  int Depth = 0;
  for (unsigned I = 0; I + 1 < LineNo; ++I) {
    if (applies(Lines[I], "NOLINTBEGIN", Check))
      ++Depth;
    if (applies(Lines[I], "NOLINTEND", Check) && Depth > 0)
      --Depth;
  }
  return Depth > 0;
}

void applySuppressions(std::vector<Finding> &Findings, const std::string &Root) {
  std::map<std::string, std::vector<std::string>> Files;
  auto LinesOf = [&](const std::string &File) -> const std::vector<std::string> & {
    auto It = Files.find(File);
    if (It != Files.end())
      return It->second;
    std::vector<std::string> &Lines = Files[File];
    auto Buf = llvm::MemoryBuffer::getFile(absolutePath(File, Root));
    if (Buf) {
      llvm::SmallVector<llvm::StringRef, 0> Split;
      (*Buf)->getBuffer().split(Split, '\n');
      for (llvm::StringRef L : Split)
        Lines.push_back(L.str());
    }
    return Lines;
  };
  Findings.erase(std::remove_if(Findings.begin(), Findings.end(),
                                [&](const Finding &F) {
                                  return !F.Loc.File.empty() &&
                                         isSuppressed(LinesOf(F.Loc.File), F.Loc.Line,
                                                      F.Check);
                                }),
                 Findings.end());
}

} // namespace wslint
