// SPDX-License-Identifier: Apache-2.0
// Graph writers escape every string that comes from analysed code.
#include "../../tool/core/Report.h"

#include "llvm/Support/JSON.h"

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

// A socket counted several times carries where each copy comes from in JSON ("copies",
// located like the sites); one counted once carries no such key.
TEST(GraphWriters, JsonGivesTheCopiesOfASocketCountedSeveralTimes) {
  auto Json = [](const std::vector<PathStep> &Copies) {
    Socket S;
    S.Id = "s1";
    S.Holder.Name = "keep::client";
    S.Loc = {"feed.cpp", 29, 17};
    S.AtOnce = Copies.empty() ? 1 : static_cast<unsigned>(Copies.size());
    S.Copies = Copies;
    Client C;
    C.Name = "feed";
    C.Sockets = {S};
    Graph G;
    G.Clients = {C};
    std::string Out;
    llvm::raw_string_ostream OS(Out);
    writeGraphJson(G, OS);
    auto V = llvm::json::parse(OS.str());
    EXPECT_TRUE(static_cast<bool>(V));
    return V ? std::move(*V) : llvm::json::Value(nullptr);
  };
  auto SocketOf = [](llvm::json::Value &V) {
    return V.getAsObject()
        ->getArray("clients")
        ->front()
        .getAsObject()
        ->getArray("sockets")
        ->front()
        .getAsObject();
  };
  llvm::json::Value Two = Json({{{"feed.cpp", 38, 31},
                                 "'Market::trades' starts 'keep' on a "
                                 "thread of its own"},
                                {{"feed.cpp", 40, 30},
                                 "'Market::depth' starts 'keep' on a "
                                 "thread of its own"}});
  const llvm::json::Array *Copies = SocketOf(Two)->getArray("copies");
  ASSERT_NE(Copies, nullptr);
  ASSERT_EQ(Copies->size(), 2u);
  const llvm::json::Object *Second = (*Copies)[1].getAsObject();
  EXPECT_EQ(Second->getString("file"), "feed.cpp");
  EXPECT_EQ(Second->getInteger("line"), 40);
  EXPECT_EQ(Second->getInteger("column"), 30);
  EXPECT_EQ(Second->getString("detail"),
            "'Market::depth' starts 'keep' on a thread of its own");
  llvm::json::Value One = Json({});
  EXPECT_EQ(SocketOf(One)->get("copies"), nullptr);
}

// Clients whose code may live in the same failed TUs share one note; a client with other
// failed TUs gets its own (a library's demos all reaching into one broken file).
TEST(TextWriter, IncompleteClientsSharingTheirLostCodeShareOneNote) {
  Graph G;
  for (const char *Name : {"market", "assets", "orders", "tool"}) {
    Client C;
    C.Name = Name;
    C.Incomplete = true;
    C.IncompleteUnits = {"src/helper.cpp"};
    G.Clients.push_back(C);
  }
  G.Clients[3].IncompleteUnits = {"src/tool.cpp", "src/helper.cpp"};
  std::vector<DecisionRow> Table;
  std::vector<Finding> Findings;
  Report R{G, Findings, Table, {}, {}, "", "", {}};
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  writeText(R, OS);
  EXPECT_NE(OS.str().find("note: clients 'market', 'assets' and 'orders' may be incomplete: "
                          "their code may live in src/helper.cpp, which could not be fully "
                          "analysed (see the errors); their sockets and findings may be too "
                          "few\n"),
            std::string::npos)
      << Out;
  EXPECT_NE(Out.find("note: client 'tool' may be incomplete: its code may live in "
                     "src/tool.cpp, src/helper.cpp, which could not be fully analysed"),
            std::string::npos)
      << Out;
  EXPECT_EQ(Out.find("client 'market' may"), std::string::npos) << Out;
}

// A table row is quoted under the first finding of a check that cites it, not under every
// one; another check citing the same row quotes it again.
TEST(TextWriter, QuotesACitedRowOncePerCheck) {
  Graph G;
  std::vector<DecisionRow> Table = {
      {"limits-nat", "connection-limits", "NAT", "Idle timeout", "Sockets drop."}};
  std::vector<Finding> Findings;
  for (const char *Check : {"websocket-missing-heartbeat", "websocket-missing-heartbeat",
                            "websocket-connection-budget"}) {
    Finding F;
    F.Check = Check;
    F.Message = "m";
    F.Citation = "limits-nat";
    Findings.push_back(F);
  }
  Report R{G, Findings, Table, {}, {}, "", "", {}};
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  writeText(R, OS);
  size_t Quoted = 0;
  for (size_t At = OS.str().find("note: limits table:"); At != std::string::npos;
       At = Out.find("note: limits table:", At + 1))
    ++Quoted;
  EXPECT_EQ(Quoted, 2u) << Out;
  // The first heartbeat finding carries it: it comes before the second one's line.
  size_t FirstQuote = Out.find("note: limits table:");
  size_t SecondFinding =
      Out.find("[websocket-missing-heartbeat]", Out.find("[websocket-missing-heartbeat]") + 1);
  EXPECT_LT(FirstQuote, SecondFinding) << Out;
}

} // namespace
} // namespace wslint
