// SPDX-License-Identifier: Apache-2.0
#include "BoundaryComments.h"

#include <optional>

namespace wslint {
namespace extract {

std::vector<std::pair<unsigned, std::string>> boundaryCommentsNear(llvm::StringRef Buf,
                                                                   size_t Offset) {
  std::vector<std::pair<unsigned, std::string>> Out;
  size_t LineStart = Buf.rfind('\n', Offset == 0 ? 0 : Offset - 1);
  LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
  unsigned LineNo = 1 + Buf.take_front(LineStart).count('\n');
  auto LineAt = [&](size_t Start) {
    size_t End = Buf.find('\n', Start);
    return Buf.slice(Start, End == llvm::StringRef::npos ? Buf.size() : End);
  };
  auto CommentBody = [](llvm::StringRef L) -> std::optional<llvm::StringRef> {
    L = L.trim();
    if (L.consume_front("//")) {
      L.consume_front("/");
      L.consume_front("!");
      return L.trim();
    }
    if (L.consume_front("/*") || L.consume_front("*")) {
      L.consume_back("*/");
      return L.trim();
    }
    return std::nullopt;
  };
  const llvm::StringRef Tag = "websocket-boundary";
  // Trailing on the same line.
  llvm::StringRef Same = LineAt(LineStart);
  if (size_t P = Same.find(Tag); P != llvm::StringRef::npos) {
    size_t C = Same.take_front(P).rfind("//");
    if (C == llvm::StringRef::npos)
      C = Same.take_front(P).rfind("/*");
    if (C != llvm::StringRef::npos) {
      llvm::StringRef T = Same.drop_front(P);
      T.consume_back("*/");
      Out.emplace_back(LineNo, T.trim().str());
    }
  }
  // The comment block above: walk up while lines are comments.
  std::vector<std::pair<unsigned, llvm::StringRef>> Block;
  size_t Start = LineStart;
  unsigned No = LineNo;
  while (Start > 0) {
    size_t PrevEnd = Start - 1; // the '\n' ending the previous line
    size_t NL = PrevEnd == 0 ? llvm::StringRef::npos : Buf.rfind('\n', PrevEnd - 1);
    size_t PrevStart = NL == llvm::StringRef::npos ? 0 : NL + 1;
    auto Body = CommentBody(Buf.slice(PrevStart, PrevEnd));
    if (!Body)
      break;
    Block.emplace_back(--No, *Body);
    Start = PrevStart;
  }
  std::reverse(Block.begin(), Block.end());
  for (size_t I = 0; I < Block.size(); ++I) {
    size_t P = Block[I].second.find(Tag);
    if (P == llvm::StringRef::npos)
      continue;
    std::string Text = Block[I].second.drop_front(P).str();
    for (size_t J = I + 1; J < Block.size(); ++J) {
      llvm::StringRef Next = Block[J].second;
      if (Next.empty() || Next.contains(Tag))
        break;
      Text += " " + Next.str();
    }
    Out.emplace_back(Block[I].first, Text);
  }
  return Out;
}

std::vector<std::pair<SourceLoc, std::string>> BoundaryComments::at(SourceLocation L) const {
  std::vector<std::pair<SourceLoc, std::string>> Out;
  const SourceManager &SM = TU.ast().getSourceManager();
  L = SM.getFileLoc(L);
  if (L.isInvalid())
    return Out;
  auto [FID, Offset] = SM.getDecomposedLoc(L);
  bool Invalid = false;
  llvm::StringRef Buf = SM.getBufferData(FID, &Invalid);
  if (Invalid)
    return Out;
  for (auto &[Line, Text] : boundaryCommentsNear(Buf, Offset)) {
    SourceLoc CL = TU.loc(L);
    CL.Line = Line;
    CL.Column = 1;
    Out.emplace_back(CL, Text);
  }
  return Out;
}

} // namespace extract
} // namespace wslint
