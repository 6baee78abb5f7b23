// SPDX-License-Identifier: Apache-2.0
#include "../../tool/core/Rules.h"

#include <gtest/gtest.h>

namespace wslint {
namespace {

TEST(Rules, ShippedRulesLoad) {
  auto R = loadRules(WSLINT_SOURCE_RULES_DIR);
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  ASSERT_NE(R->row("general-updates"), nullptr);
  EXPECT_EQ(R->row("general-updates")->Why,
            "Message types keep streams separate without extra sockets.");
  bool Beast = false;
  for (const auto &L : R->Libraries)
    if (L.Id == "boost-beast") {
      Beast = true;
      EXPECT_EQ(L.Name, "Boost.Beast");
      ASSERT_EQ(L.Heartbeats.size(), 1u);
      EXPECT_EQ(L.Heartbeats[0].Needs, "async-read");
      EXPECT_EQ(L.Heartbeats[0].Factories[0]
                    .Cases.at("boost::beast::role_type::client")
                    .at("keep_alive_pings"),
                "false");
    }
  EXPECT_TRUE(Beast);
}

std::string errorOf(const std::string &Text) {
  auto L = parseLibraryRules(Text, "/r/lib.yaml");
  return L ? "" : llvm::toString(L.takeError());
}

TEST(Rules, BadRulesAreErrorsWithPositions) {
  EXPECT_NE(errorOf("name: X\nheaders: [a.h]\nopen-call: []\n").find(
                "/r/lib.yaml:3:1: unknown key 'open-call' (did you mean 'open-calls'?)"),
            std::string::npos);
  EXPECT_NE(errorOf("name: X\nheaders: ['a[']\nopen-calls: [{function: f}]\n").find("bad glob"),
            std::string::npos);
  EXPECT_NE(errorOf("name: X\nheaders: [a.h]\nopen-calls: [{method: open}]\n")
                .find("need 'socket-types'"),
            std::string::npos);
  EXPECT_NE(errorOf("name: X\nheaders: [a.h]\nopen-calls: [{url-arg: 0}]\n")
                .find("exactly one of 'method', 'function' or 'constructor: true'"),
            std::string::npos);
  EXPECT_NE(errorOf("name: X\nheaders: [a.h]\nopen-calls: [{function: f}]\n"
                    "heartbeat: [{function: g, argument: 1, argument-is: positve, describe: d}]\n")
                .find("did you mean 'positive'"),
            std::string::npos);
}

/// The Objective-C keys: an opening call's makers, a delegate's callbacks as close
/// handlers, a timer's repeats argument.
TEST(Rules, ObjectiveCKeys) {
  auto L = parseLibraryRules(R"(name: X
headers: [X.h]
socket-types: [XSocket]
open-calls:
  - method: open
    made-by:
      - {method: "initWithURL:", socket: result, url-arg: 0}
close-handlers:
  - {method: "setDelegate:", delegate-arg: 0, delegate-methods: ["x:didClose:"]}
delays:
  - {method: "timerWith:repeats:", of-type: [XTimer], delay-arg: 0, repeats-arg: 1}
  - {function: xsleep, delay-arg: 0, blocks: true}
)",
                             "/r/x.yaml");
  ASSERT_TRUE(static_cast<bool>(L)) << llvm::toString(L.takeError());
  ASSERT_EQ(L->OpenCalls.size(), 1u);
  ASSERT_EQ(L->OpenCalls[0].MadeBy.size(), 1u);
  EXPECT_EQ(L->OpenCalls[0].MadeBy[0].Call.Methods, std::vector<std::string>{"initWithURL:"});
  EXPECT_TRUE(L->OpenCalls[0].MadeBy[0].Call.SocketIsResult);
  EXPECT_EQ(L->OpenCalls[0].MadeBy[0].UrlArg, 0u);
  ASSERT_EQ(L->CloseHandlers.size(), 1u);
  EXPECT_EQ(L->CloseHandlers[0].DelegateArg, 0);
  EXPECT_EQ(L->CloseHandlers[0].DelegateMethods, std::vector<std::string>{"x:didClose:"});
  ASSERT_EQ(L->Delays.size(), 2u);
  EXPECT_EQ(L->Delays[0].RepeatsArg, 1);
  EXPECT_EQ(L->Delays[0].DelayArg, 0u);
  EXPECT_FALSE(L->Delays[0].Blocks);
  EXPECT_TRUE(L->Delays[1].Blocks);
  EXPECT_EQ(L->Delays[1].RepeatsArg, -1);
  // Close events delivered as a reason: the enum and its enumerators, both required.
  auto R = parseLibraryRules("name: X\nheaders: [x.h]\nsocket-types: [S]\n"
                             "open-calls: [{method: open}]\n"
                             "close-reasons: {type: x_reasons, values: [X_CLOSED, X_ERROR]}\n",
                             "/r/x.yaml");
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  EXPECT_EQ(R->CloseReasons.Type, "x_reasons");
  EXPECT_EQ(R->CloseReasons.Values, (std::vector<std::string>{"X_CLOSED", "X_ERROR"}));
  EXPECT_NE(errorOf("name: X\nheaders: [a.h]\nsocket-types: [S]\nopen-calls: [{method: open}]\n"
                    "close-reasons: {type: x_reasons}\n")
                .find("/r/lib.yaml:5:16: 'close-reasons' needs a 'type' and its 'values'"),
            std::string::npos);
  // A delegate argument without the callbacks to look for (or the other way round) says so.
  EXPECT_NE(errorOf("name: X\nheaders: [a.h]\nsocket-types: [S]\nopen-calls: [{method: open}]\n"
                    "close-handlers: [{method: \"setDelegate:\", delegate-arg: 0}]\n")
                .find("/r/lib.yaml:5:18: 'delegate-arg' and 'delegate-methods' go together"),
            std::string::npos);
  // A maker's own makers would never be read.
  EXPECT_NE(errorOf("name: X\nheaders: [a.h]\nsocket-types: [S]\nopen-calls:\n"
                    "  - {method: open, made-by: [{method: m, made-by: [{method: n}]}]}\n")
                .find("/r/lib.yaml:5:30: a maker has no 'made-by' of its own"),
            std::string::npos);
}

} // namespace
} // namespace wslint
