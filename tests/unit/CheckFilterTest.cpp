// SPDX-License-Identifier: Apache-2.0
#include "../../tool/core/Check.h"

#include <gtest/gtest.h>

namespace wslint {
namespace {

const std::vector<std::string> Known = {"websocket-connection-budget",
                                        "websocket-missing-heartbeat"};

TEST(CheckFilter, LaterEntriesWin) {
  auto F = CheckFilter::parse("-*,websocket-*,-websocket-missing-heartbeat", Known);
  ASSERT_TRUE(static_cast<bool>(F));
  EXPECT_TRUE(F->enabled("websocket-connection-budget"));
  EXPECT_FALSE(F->enabled("websocket-missing-heartbeat"));
}

TEST(CheckFilter, UnknownNameIsAnErrorWithSuggestion) {
  auto F = CheckFilter::parse("-*,websocket-mising-heartbeat", Known);
  ASSERT_FALSE(static_cast<bool>(F));
  std::string Msg = llvm::toString(F.takeError());
  EXPECT_NE(Msg.find("did you mean 'websocket-missing-heartbeat'"), std::string::npos) << Msg;
}

TEST(CheckFilter, OtherToolsGlobsAreFine) {
  auto F = CheckFilter::parse("-*,bugprone-*,websocket-connection-budget", Known);
  ASSERT_TRUE(static_cast<bool>(F));
  EXPECT_TRUE(F->enabled("websocket-connection-budget"));
  EXPECT_FALSE(F->enabled("websocket-missing-heartbeat"));
}

TEST(CheckFilter, BadGlobIsAnError) {
  EXPECT_FALSE(static_cast<bool>(CheckFilter::parse("websocket-[", Known)));
}

} // namespace
} // namespace wslint
