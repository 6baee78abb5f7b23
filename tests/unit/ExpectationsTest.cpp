// SPDX-License-Identifier: Apache-2.0
// The harness must fail when a finding is missing and when an extra one appears.
#include "../../tool/core/Expectations.h"

#include <gtest/gtest.h>

namespace wslint {
namespace {

Finding finding(const std::string &File, unsigned Line, const std::string &Check,
                const std::string &Msg) {
  Finding F;
  F.Check = Check;
  F.Loc = {File, Line, 5};
  F.Message = Msg;
  return F;
}

ExpectationSet parse(const std::vector<std::pair<std::string, std::string>> &Files) {
  auto S = parseExpectations(Files);
  EXPECT_TRUE(static_cast<bool>(S)) << llvm::toString(S.takeError());
  return S ? *S : ExpectationSet{};
}

const char *Desk = "void f() {\n"
                   "  open(\"wss://a.example/x\"); // #first\n"
                   "  open(\"wss://b.example/y\");\n"
                   "  // expect-warning[websocket-connection-budget]@-1{{holds 2}}\n"
                   "  // expect-note[websocket-connection-budget]@#first{{connection 1 of 2}}\n"
                   "}\n";

TEST(Expectations, ExactMatchPasses) {
  auto E = parse({{"desk.cpp", Desk}});
  ASSERT_EQ(E.Items.size(), 2u);
  EXPECT_EQ(E.Items[0].Where.Line, 3u);
  EXPECT_EQ(E.Items[1].Where.Line, 2u); // the tag, not the string's "//"
  Finding F = finding("desk.cpp", 3, "websocket-connection-budget", "client 'x' holds 2 sockets");
  F.Notes.push_back({{"desk.cpp", 2, 3}, "connection 1 of 2: 'a'"});
  F.Notes.push_back({{}, "decision table: ..."}); // the citation has no location
  EXPECT_TRUE(compareWithExpectations(E, {F}, {}).empty());
}

TEST(Expectations, MissingFindingFails) {
  auto E = parse({{"desk.cpp", Desk}});
  auto Problems = compareWithExpectations(E, {}, {});
  ASSERT_EQ(Problems.size(), 2u);
  EXPECT_NE(Problems[0].find("expected warning[websocket-connection-budget] at desk.cpp:3"),
            std::string::npos);
}

TEST(Expectations, ExtraFindingFails) {
  auto E = parse({{"desk.cpp", Desk}});
  Finding F = finding("desk.cpp", 3, "websocket-connection-budget", "holds 2");
  F.Notes.push_back({{"desk.cpp", 2, 3}, "connection 1 of 2"});
  Finding Extra = finding("desk.cpp", 2, "websocket-missing-heartbeat", "no heartbeat");
  auto Problems = compareWithExpectations(E, {F, Extra}, {});
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_NE(Problems[0].find("unexpected warning[websocket-missing-heartbeat]"),
            std::string::npos);
}

TEST(Expectations, ExtraNoteFails) {
  auto E = parse({{"desk.cpp", Desk}});
  Finding F = finding("desk.cpp", 3, "websocket-connection-budget", "holds 2");
  F.Notes.push_back({{"desk.cpp", 2, 3}, "connection 1 of 2"});
  F.Notes.push_back({{"desk.cpp", 3, 3}, "connection 2 of 2"});
  auto Problems = compareWithExpectations(E, {F}, {});
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_NE(Problems[0].find("unexpected note"), std::string::npos);
}

TEST(Expectations, WrongLineOrMessageFails) {
  auto E = parse({{"desk.cpp", Desk}});
  Finding F = finding("desk.cpp", 4, "websocket-connection-budget", "holds 2");
  F.Notes.push_back({{"desk.cpp", 2, 3}, "connection 1 of 2"});
  EXPECT_EQ(compareWithExpectations(E, {F}, {}).size(), 2u);
  Finding G = finding("desk.cpp", 3, "websocket-connection-budget", "holds 3");
  G.Notes.push_back({{"desk.cpp", 2, 3}, "connection 1 of 2"});
  EXPECT_EQ(compareWithExpectations(E, {G}, {}).size(), 2u);
}

TEST(Expectations, CountsAndNoFindings) {
  auto E = parse({{"a.cpp", "x(); // expect-warning[c] 2{{m}}\n"}});
  ASSERT_EQ(E.Items.size(), 1u);
  EXPECT_EQ(E.Items[0].Count, 2u);
  auto One = finding("a.cpp", 1, "c", "m");
  EXPECT_EQ(compareWithExpectations(E, {One}, {}).size(), 1u);
  EXPECT_TRUE(compareWithExpectations(E, {One, One}, {}).empty());

  auto None = parse({{"b.cpp", "// expect-no-findings\n"}});
  EXPECT_TRUE(compareWithExpectations(None, {}, {}).empty());
  EXPECT_EQ(compareWithExpectations(None, {finding("b.cpp", 1, "c", "m")}, {}).size(), 1u);
  // A scenario that states nothing at all is an error, not a silent pass.
  auto Nothing = parse({{"c.cpp", "int x;\n"}});
  EXPECT_EQ(compareWithExpectations(Nothing, {}, {}).size(), 1u);
}

TEST(Expectations, CompilerErrorsMustBeExpected) {
  auto None = parse({{"a.cpp", "// expect-no-findings\n"}});
  ExtractError Err{{"a.cpp", 3, 1}, "'missing.h' file not found"};
  EXPECT_EQ(compareWithExpectations(None, {}, {Err}).size(), 1u);
  auto E = parse({{"a.cpp", "\n\n#include \"missing.h\" // expect-error{{file not found}}\n"}});
  EXPECT_TRUE(compareWithExpectations(E, {}, {Err}).empty());
}

TEST(Expectations, SyntaxErrorsAreReported) {
  for (const char *Bad : {"// expect-warnin[c]{{m}}", "// expect-warning{{m}}",
                          "// expect-warning[c]@#nowhere{{m}}", "// expect-warning[c]{{m",
                          "// expect-warning[c]@x{{m}}", "// expect-warning[c]{{}}"}) {
    auto S = parseExpectations({{"a.cpp", Bad}});
    EXPECT_FALSE(static_cast<bool>(S)) << Bad;
    if (!S)
      EXPECT_NE(llvm::toString(S.takeError()).find("a.cpp:1"), std::string::npos);
  }
}

} // namespace
} // namespace wslint
