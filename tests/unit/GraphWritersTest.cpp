// SPDX-License-Identifier: Apache-2.0
// Graph writers escape every string that comes from analysed code.
#include "../../tool/core/Report.h"

#include <gtest/gtest.h>

namespace wslint {
namespace {

Graph hostileGraph() {
  Socket S;
  S.Id = "s1";
  S.Holder.Name = "Evil::<script>alert(1)</script>";
  S.LibraryName = "Lib\"quoted\"";
  S.Endpoint = "wss://x.example/\"><img src=x onerror=alert(1)>%0A::warning::";
  S.Loc = {"a.cpp", 3, 1};
  Client C;
  C.Name = "c\"li<ent>";
  C.Sockets = {S};
  Graph G;
  G.Clients = {C};
  return G;
}

std::string render(void (*W)(const Graph &, const std::vector<Finding> &, llvm::raw_ostream &),
                   const Graph &G, const std::vector<Finding> &F) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  W(G, F, OS);
  return OS.str();
}

TEST(GraphWriters, HtmlEscapesAndIsSelfContained) {
  Graph G = hostileGraph();
  Finding F;
  F.Client = G.Clients[0].Name;
  F.Clients = {F.Client};
  F.Loc = G.Clients[0].Sockets[0].Loc;
  F.Check = "websocket-missing-heartbeat";
  F.Message = "<b>bold</b>";
  std::string H = render(writeHtml, G, {F});
  EXPECT_EQ(H.find("<script>"), std::string::npos);
  EXPECT_EQ(H.find("<img"), std::string::npos);
  EXPECT_EQ(H.find("<b>bold"), std::string::npos);
  EXPECT_NE(H.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(H.find("socket flagged"), std::string::npos);
  // No external requests: no element that loads anything, no URL-valued attribute, and a
  // CSP that forbids loading in any case.
  for (const char *Tag : {"<img", "<link", "<iframe", "<object", "<embed", "<video"})
    EXPECT_EQ(H.find(Tag), std::string::npos) << Tag;
  EXPECT_EQ(H.find("=\"http"), std::string::npos);
  EXPECT_EQ(H.find("=\"//"), std::string::npos);
  EXPECT_NE(H.find("default-src 'none'"), std::string::npos);
}

// Text prints a path whole unless leaving steps out saves lines: a path of 7 steps whole,
// one of 8 as its first step, a line for the 3 it leaves out, and its last four.
TEST(TextWriter, ElidesOnlyWhatSavesLines) {
  auto Text = [](size_t Steps) {
    Graph G;
    std::vector<DecisionRow> Table;
    Finding F;
    F.Check = "websocket-missing-heartbeat";
    F.Message = "m";
    CallPath P;
    for (size_t I = 0; I < Steps; ++I)
      P.Steps.push_back({{"a.cpp", static_cast<unsigned>(I + 1), 1}, "step " + std::to_string(I)});
    F.Paths = {P};
    std::vector<Finding> Findings = {F};
    Report R{G, Findings, Table, {}, {}, "", "", {}};
    std::string Out;
    llvm::raw_string_ostream OS(Out);
    writeText(R, OS);
    return OS.str();
  };
  std::string Seven = Text(7);
  EXPECT_EQ(Seven.find("more step"), std::string::npos) << Seven;
  EXPECT_NE(Seven.find("step 6"), std::string::npos);
  EXPECT_NE(Seven.find("step 1\n"), std::string::npos);
  std::string Eight = Text(8);
  EXPECT_NE(Eight.find("… 3 more steps"), std::string::npos) << Eight;
  EXPECT_EQ(Eight.find("step 1\n"), std::string::npos) << Eight;
  EXPECT_NE(Eight.find("step 7"), std::string::npos);
}

TEST(GraphWriters, DotAndMermaidQuoteLabels) {
  Graph G = hostileGraph();
  std::string D = render(writeDot, G, {});
  EXPECT_NE(D.find("Lib\\\"quoted\\\""), std::string::npos) << D;
  std::string M = render(writeMermaid, G, {});
  EXPECT_EQ(M.find("<script>"), std::string::npos) << M;
  EXPECT_NE(M.find("#quot;"), std::string::npos);
  EXPECT_EQ(M.find("\"quoted\""), std::string::npos);
}

} // namespace
} // namespace wslint
