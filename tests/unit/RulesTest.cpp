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

} // namespace
} // namespace wslint
