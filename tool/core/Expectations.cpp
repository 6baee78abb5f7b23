// SPDX-License-Identifier: Apache-2.0
#include "Expectations.h"
#include "Support.h"

#include "llvm/ADT/StringRef.h"

namespace wslint {

namespace {

struct RawExpectation {
  Expectation E;
  std::string Tag; ///< "#name" target, resolved after all files are read
  int Offset = 0;
};

/// Start of a line comment outside string and character literals ("wss://" is not one).
size_t commentStart(llvm::StringRef L) {
  char Quote = 0;
  for (size_t I = 0; I + 1 < L.size(); ++I) {
    char Ch = L[I];
    if (Quote) {
      if (Ch == '\\')
        ++I;
      else if (Ch == Quote)
        Quote = 0;
      continue;
    }
    if (Ch == '"' || Ch == '\'')
      Quote = Ch;
    else if (Ch == '/' && L[I + 1] == '/')
      return I;
  }
  return llvm::StringRef::npos;
}

llvm::Error syntaxError(const std::string &File, unsigned Line, const std::string &Msg) {
  return inputError(File, Line, 0, "bad expectation: " + Msg);
}

} // namespace

llvm::Expected<ExpectationSet>
parseExpectations(const std::vector<std::pair<std::string, std::string>> &FilesAndText) {
  ExpectationSet Set;
  std::vector<RawExpectation> Raw;
  std::map<std::string, SourceLoc> Tags;
  for (const auto &[File, Text] : FilesAndText) {
    llvm::SmallVector<llvm::StringRef, 0> Lines;
    llvm::StringRef(Text).split(Lines, '\n');
    for (unsigned I = 0; I < Lines.size(); ++I) {
      unsigned LineNo = I + 1;
      llvm::StringRef L = Lines[I];
      size_t C = commentStart(L);
      if (C == llvm::StringRef::npos)
        continue;
      llvm::StringRef Comment = L.drop_front(C + 2).trim();
      // Tags: "// #name" (also trailing after code).
      if (Comment.starts_with("#") && Comment.size() > 1 &&
          Comment.find_first_of(" \t") == llvm::StringRef::npos) {
        std::string Name = Comment.drop_front(1).str();
        if (Tags.count(Name))
          return syntaxError(File, LineNo, "tag '#" + Name + "' is defined twice");
        Tags[Name] = {File, LineNo, 0};
        continue;
      }
      if (Comment.consume_front("REQUIRES:")) {
        Set.Requires.push_back(Comment.trim().str());
        continue;
      }
      if (Comment == "expect-no-findings") {
        Set.NoFindings = true;
        continue;
      }
      if (!Comment.consume_front("expect-"))
        continue;
      RawExpectation R;
      R.E.Written = {File, LineNo, 0};
      R.E.Where = {File, LineNo, 0};
      size_t KindEnd = Comment.find_first_of("[@ {");
      R.E.Kind = Comment.take_front(KindEnd).str();
      if (R.E.Kind != "warning" && R.E.Kind != "note" && R.E.Kind != "error")
        return syntaxError(File, LineNo, "unknown kind 'expect-" + R.E.Kind + "'");
      Comment = Comment.drop_front(R.E.Kind.size());
      if (Comment.consume_front("[")) {
        size_t Close = Comment.find(']');
        if (Close == llvm::StringRef::npos)
          return syntaxError(File, LineNo, "missing ']' after the check id");
        R.E.Check = Comment.take_front(Close).str();
        Comment = Comment.drop_front(Close + 1);
      } else if (R.E.Kind != "error") {
        return syntaxError(File, LineNo, "expect-" + R.E.Kind + " needs [check-id]");
      }
      if (Comment.consume_front("@")) {
        llvm::StringRef W = Comment.take_until([](char Ch) { return Ch == ' ' || Ch == '{'; });
        Comment = Comment.drop_front(W.size());
        if (W.consume_front("#")) {
          R.Tag = W.str();
        } else {
          int N = 0;
          bool Neg = W.consume_front("-");
          if (!Neg)
            W.consume_front("+");
          if (W.getAsInteger(10, N) || N == 0)
            return syntaxError(File, LineNo, "'@' takes +N, -N or #tag");
          R.Offset = Neg ? -N : N;
          if (static_cast<int>(LineNo) + R.Offset < 1)
            return syntaxError(File, LineNo, "the relative line is before the file start");
        }
      }
      Comment = Comment.ltrim();
      if (!Comment.empty() && std::isdigit(static_cast<unsigned char>(Comment[0]))) {
        llvm::StringRef Num = Comment.take_while([](char Ch) { return std::isdigit(Ch); });
        Num.getAsInteger(10, R.E.Count);
        Comment = Comment.drop_front(Num.size()).ltrim();
        if (R.E.Count == 0)
          return syntaxError(File, LineNo, "a count must be at least 1");
      }
      if (!Comment.consume_front("{{"))
        return syntaxError(File, LineNo, "expected {{message substring}}");
      size_t End = Comment.find("}}");
      if (End == llvm::StringRef::npos)
        return syntaxError(File, LineNo, "missing '}}'");
      R.E.Substring = Comment.take_front(End).str();
      if (R.E.Substring.empty())
        return syntaxError(File, LineNo, "the message substring is empty");
      Raw.push_back(std::move(R));
    }
  }
  for (auto &R : Raw) {
    if (!R.Tag.empty()) {
      auto It = Tags.find(R.Tag);
      if (It == Tags.end())
        return syntaxError(R.E.Written.File, R.E.Written.Line,
                           "no line is tagged '// #" + R.Tag + "'");
      R.E.Where = It->second;
    } else {
      R.E.Where.Line = static_cast<unsigned>(static_cast<int>(R.E.Where.Line) + R.Offset);
    }
    Set.Items.push_back(std::move(R.E));
  }
  if (Set.NoFindings && !Set.Items.empty())
    return syntaxError(Set.Items.front().Written.File, Set.Items.front().Written.Line,
                       "expect-no-findings contradicts the other expectations");
  return Set;
}

namespace {

std::string at(const SourceLoc &L) { return L.File + ":" + std::to_string(L.Line); }

struct Candidate {
  std::string Kind, Check;
  SourceLoc Loc;
  std::string Message;
  bool Matched = false;
};

} // namespace

std::vector<std::string> compareWithExpectations(const ExpectationSet &Expected,
                                                 const std::vector<Finding> &Findings,
                                                 const std::vector<ExtractError> &Errors) {
  std::vector<Candidate> Seen;
  for (const Finding &F : Findings) {
    Seen.push_back({F.Severity, F.Check, F.Loc, F.Message});
    for (const Note &N : F.Notes)
      if (N.Loc.valid()) // location-less notes (the citation) belong to their finding
        Seen.push_back({"note", F.Check, N.Loc, N.Message});
  }
  for (const ExtractError &E : Errors)
    Seen.push_back({"error", "", E.Loc, E.Message});

  std::vector<std::string> Problems;
  for (const Expectation &E : Expected.Items) {
    unsigned Found = 0;
    for (Candidate &C : Seen) {
      if (Found == E.Count)
        break;
      if (C.Matched || C.Kind != E.Kind || C.Check != E.Check ||
          C.Loc.File != E.Where.File || C.Loc.Line != E.Where.Line ||
          C.Message.find(E.Substring) == std::string::npos)
        continue;
      C.Matched = true;
      ++Found;
    }
    if (Found < E.Count)
      Problems.push_back(at(E.Written) + ": expected " +
                         (E.Count > 1 ? std::to_string(E.Count) + " " : "") + E.Kind +
                         (E.Check.empty() ? "" : "[" + E.Check + "]") + " at " +
                         at(E.Where) + " containing \"" + E.Substring + "\"; found " +
                         std::to_string(Found));
  }
  for (const Candidate &C : Seen)
    if (!C.Matched)
      Problems.push_back(at(C.Loc) + ": unexpected " + C.Kind +
                         (C.Check.empty() ? "" : "[" + C.Check + "]") + ": " + C.Message);
  if (Expected.Items.empty() && !Expected.NoFindings)
    Problems.push_back("the scenario states no expectation; write // expect-no-findings "
                       "when it must produce none");
  return Problems;
}

} // namespace wslint
