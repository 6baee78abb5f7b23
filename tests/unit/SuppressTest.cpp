// SPDX-License-Identifier: Apache-2.0
#include "../../tool/core/Suppress.h"

#include <gtest/gtest.h>

namespace wslint {
namespace {

const std::string H = "websocket-missing-heartbeat";
const std::string B = "websocket-connection-budget";

TEST(Suppress, SameLine) {
  EXPECT_TRUE(isSuppressed({"ws.open(); // NOLINT"}, 1, H));
  EXPECT_TRUE(isSuppressed({"ws.open(); // NOLINT(websocket-missing-heartbeat)"}, 1, H));
  EXPECT_TRUE(isSuppressed({"ws.open(); // NOLINT(bugprone-*, websocket-*)"}, 1, H));
  EXPECT_FALSE(isSuppressed({"ws.open(); // NOLINT(websocket-connection-budget)"}, 1, H));
  EXPECT_FALSE(isSuppressed({"ws.open();"}, 1, H));
}

TEST(Suppress, NextLineOnlyTheNextLine) {
  std::vector<std::string> L = {"// NOLINTNEXTLINE(websocket-missing-heartbeat)", "ws.open();",
                                "ws2.open();"};
  EXPECT_TRUE(isSuppressed(L, 2, H));
  EXPECT_FALSE(isSuppressed(L, 3, H));
  // NOLINTNEXTLINE is not a same-line NOLINT.
  EXPECT_FALSE(isSuppressed(L, 1, H));
}

TEST(Suppress, BeginEndBlocks) {
  std::vector<std::string> L = {"// NOLINTBEGIN(websocket-*)", "a();", "// NOLINTEND(websocket-*)",
                                "b();"};
  EXPECT_TRUE(isSuppressed(L, 2, H));
  EXPECT_TRUE(isSuppressed(L, 2, B));
  EXPECT_FALSE(isSuppressed(L, 4, H));
}

} // namespace
} // namespace wslint
