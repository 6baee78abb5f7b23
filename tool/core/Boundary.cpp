// SPDX-License-Identifier: Apache-2.0
// Parsing and judging `websocket-boundary(<category>): <reason>` annotations.
#include "Graph.h"
#include "Support.h"

#include "llvm/ADT/StringRef.h"

#include <algorithm>

namespace wslint {

const std::vector<std::string> &boundaryCategories() {
  static const std::vector<std::string> Categories = {
      "trust", "reliability", "network-policy", "binary-stream", "tenant-plane"};
  return Categories;
}

namespace {

// Words that describe how the code looks rather than what the streams need. A reason made
// only of these is "it felt cleaner" (test-inputs/boundaries/boundary-tidiness-reason).
const char *const TidinessWords[] = {"clean",    "simpl",   "tidy",     "tidier",
                                     "readab",   "easier to read", "easier to maintain",
                                     "nicer",    "neater",  "elegant",  "felt",
                                     "separation of concerns", "organi", "modular",
                                     "decoupl",  "refactor", "code structure"};

// Words that name a concrete cost of mixing the streams: correctness, latency, access.
// One of them keeps a reason that also mentions tidiness from being rejected.
const char *const SubstanceWords[] = {
    "latency", "delay",   "queue",   "block",   "drop",    "lossy",  "loss",   "deliver",
    "ack",     "credential", "token", "auth",   "scope",   "tenant", "admin",  "privilege",
    "firewall", "proxy",  "gateway", "region",  "network", "route",  "timeout", "binary",
    "video",   "audio",   "bulk",    "burst",   "firehose", "must",  "never",  "isolat",
    "blast",   "policy",  "secret",  "trust",   "bandwidth", "throughput", "order"};

bool containsAny(const std::string &Lower, const char *const *Begin, const char *const *End) {
  return std::any_of(Begin, End, [&](const char *W) { return Lower.find(W) != std::string::npos; });
}

} // namespace

std::string boundaryProblem(const std::string &Category, const std::string &Reason) {
  const auto &Cats = boundaryCategories();
  if (Category.empty())
    return "it names no category; write websocket-boundary(<category>): <reason> with one of "
           "trust, reliability, network-policy, binary-stream, tenant-plane";
  if (std::find(Cats.begin(), Cats.end(), Category) == Cats.end())
    return "'" + Category +
           "' is not a boundary category (use trust, reliability, network-policy, "
           "binary-stream or tenant-plane)" +
           didYouMean(Category, Cats);
  std::string R = llvm::StringRef(Reason).trim().str();
  if (R.empty())
    return "it gives no reason; say in one sentence why mixing the streams would harm "
           "correctness, latency or access control";
  std::string Lower = llvm::StringRef(R).lower();
  if (containsAny(Lower, std::begin(TidinessWords), std::end(TidinessWords)) &&
      !containsAny(Lower, std::begin(SubstanceWords), std::end(SubstanceWords)))
    return "the reason is about code tidiness, which is not a boundary; route the features "
           "over one socket with message types instead";
  unsigned Words = 0;
  bool InWord = false;
  for (char C : R) {
    bool Alpha = std::isalnum(static_cast<unsigned char>(C));
    Words += Alpha && !InWord;
    InWord = Alpha;
  }
  if (Words < 3)
    return "the reason is too short to state a boundary; say in one sentence why mixing the "
           "streams would harm correctness, latency or access control";
  return "";
}

std::optional<Boundary> parseBoundaryComment(const std::string &Text) {
  llvm::StringRef S(Text);
  size_t P = S.find("websocket-boundary");
  if (P == llvm::StringRef::npos)
    return std::nullopt;
  S = S.drop_front(P + strlen("websocket-boundary")).ltrim();
  Boundary B;
  if (S.consume_front("(")) {
    size_t Close = S.find(')');
    if (Close == llvm::StringRef::npos) {
      B.Problem = "the category is not closed with ')'";
      return B;
    }
    B.Category = S.take_front(Close).trim().str();
    S = S.drop_front(Close + 1).ltrim();
  }
  if (!S.consume_front(":") && !B.Category.empty()) {
    B.Problem = "expected ':' and a reason after the category";
    return B;
  }
  S.consume_back("*/");
  B.Reason = S.trim().str();
  B.Problem = boundaryProblem(B.Category, B.Reason);
  return B;
}

} // namespace wslint
