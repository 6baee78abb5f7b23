// SPDX-License-Identifier: Apache-2.0
#include "../../tool/core/Graph.h"

#include <gtest/gtest.h>

namespace wslint {
namespace {

TEST(Boundary, ValidAnnotation) {
  auto B = parseBoundaryComment(
      "websocket-boundary(reliability): order acks must never queue behind the price firehose.");
  ASSERT_TRUE(B);
  EXPECT_TRUE(B->valid()) << B->Problem;
  EXPECT_EQ(B->Category, "reliability");
  EXPECT_EQ(B->Reason, "order acks must never queue behind the price firehose.");
}

TEST(Boundary, NotAnAnnotation) {
  EXPECT_FALSE(parseBoundaryComment("just a comment about websockets"));
}

TEST(Boundary, Problems) {
  auto Unknown = parseBoundaryComment("websocket-boundary(reliabilty): acks must not wait");
  ASSERT_TRUE(Unknown);
  EXPECT_NE(Unknown->Problem.find("did you mean 'reliability'"), std::string::npos)
      << Unknown->Problem;
  auto NoReason = parseBoundaryComment("websocket-boundary(trust):");
  ASSERT_TRUE(NoReason);
  EXPECT_NE(NoReason->Problem.find("no reason"), std::string::npos);
  auto NoCategory = parseBoundaryComment("websocket-boundary: separate creds for admin");
  ASSERT_TRUE(NoCategory);
  EXPECT_NE(NoCategory->Problem.find("no category"), std::string::npos);
  auto Tidy = parseBoundaryComment("websocket-boundary(reliability): it felt cleaner this way");
  ASSERT_TRUE(Tidy);
  EXPECT_NE(Tidy->Problem.find("tidiness"), std::string::npos);
  auto Short = parseBoundaryComment("websocket-boundary(trust): needed");
  ASSERT_TRUE(Short);
  EXPECT_FALSE(Short->valid());
}

TEST(Boundary, TidinessWordBesideARealReasonIsAccepted) {
  // "cleaner" appears, but the reason names a real cost (latency of acks).
  auto B = parseBoundaryComment("websocket-boundary(reliability): cleaner, and order acks "
                                "must never queue behind bulk price updates");
  ASSERT_TRUE(B);
  EXPECT_TRUE(B->valid()) << B->Problem;
}

} // namespace
} // namespace wslint
