// SPDX-License-Identifier: Apache-2.0
#include "Support.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace wslint {

llvm::Error inputError(const std::string &File, unsigned Line, unsigned Col,
                       const std::string &Message) {
  std::string Where = File;
  if (Line) {
    Where += ":" + std::to_string(Line);
    if (Col)
      Where += ":" + std::to_string(Col);
  }
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s: %s", Where.c_str(),
                                 Message.c_str());
}

llvm::Error readTextFile(const std::string &Path, std::string &Out) {
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buf)
    return inputError(Path, 0, 0, "cannot read: " + Buf.getError().message());
  Out = (*Buf)->getBuffer().str();
  return llvm::Error::success();
}

std::string didYouMean(const std::string &Got, const std::vector<std::string> &Candidates) {
  const std::string *Best = nullptr;
  unsigned BestDist = 0;
  for (const auto &C : Candidates) {
    unsigned D = llvm::StringRef(Got).edit_distance(C, true, 5);
    if (!Best || D < BestDist) {
      Best = &C;
      BestDist = D;
    }
  }
  // Close enough to be a typo: at most a third of the word, and at most 3 edits.
  if (!Best || BestDist == 0 || BestDist > 3 || BestDist * 3 > Best->size())
    return "";
  return " (did you mean '" + *Best + "'?)";
}

bool matchesAnyGlob(const std::vector<std::string> &Globs, const std::string &Text) {
  for (const auto &G : Globs)
    if (auto P = llvm::GlobPattern::create(G); P && P->match(Text))
      return true;
    else if (!P)
      llvm::consumeError(P.takeError());
  return false;
}

std::string absolutePath(const std::string &Path, const std::string &Base) {
  llvm::SmallString<256> P(Path);
  if (!llvm::sys::path::is_absolute(P)) {
    if (!Base.empty()) {
      llvm::SmallString<256> B(Base);
      llvm::sys::path::append(B, P);
      P = B;
    } else {
      llvm::sys::fs::make_absolute(P);
    }
  }
  llvm::sys::path::remove_dots(P, /*remove_dot_dot=*/true);
  llvm::sys::path::native(P, llvm::sys::path::Style::posix);
  return std::string(P);
}

/// Root as a prefix of the paths under it: normalised, ending in '/'.
static std::string dirPrefix(const std::string &Root) {
  std::string R = absolutePath(Root);
  if (!R.empty() && R.back() != '/')
    R += '/';
  return R;
}

std::string relativeTo(const std::string &Path, const std::string &Root) {
  std::string P = absolutePath(Path), R = dirPrefix(Root);
  if (llvm::StringRef(P).starts_with(R))
    return P.substr(R.size());
  return P;
}

bool liesUnder(const std::string &Path, const std::string &Root) {
  return llvm::StringRef(dirPrefix(Path)).starts_with(dirPrefix(Root));
}

} // namespace wslint
