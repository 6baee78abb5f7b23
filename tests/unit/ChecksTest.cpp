// SPDX-License-Identifier: Apache-2.0
// Each check on hand-built graphs: what it flags and the look-alikes it must not.
#include "../../checks/ConnectionBudgetCheck.h"
#include "../../checks/ConnectionFanoutCheck.h"
#include "../../checks/MissingBackoffCheck.h"
#include "../../checks/InsecureEndpointCheck.h"
#include "../../checks/MissingHeartbeatCheck.h"
#include "../../checks/UndocumentedBoundaryCheck.h"

#include <gtest/gtest.h>

namespace wslint {
namespace {

Socket sock(const std::string &Slot, unsigned Line, bool Heartbeat = true) {
  Socket S;
  S.Holder.Name = Slot;
  S.LibraryName = "Boost.Beast";
  S.Loc = {"desk.cpp", Line, 3};
  S.Heartbeat = Heartbeat;
  S.AtOnce = 1; // held at the client's peak
  return S;
}

Client client(std::vector<Socket> Sockets, ClientKind Kind = ClientKind::Desktop) {
  Client C;
  C.Name = "desk";
  C.Kind = Kind;
  C.Limits = Config::defaultBudgets()[Kind];
  C.Sockets = std::move(Sockets);
  return C;
}

Boundary boundary(const std::string &Category, const std::string &Reason) {
  Boundary B;
  B.Category = Category;
  B.Reason = Reason;
  B.Problem = boundaryProblem(Category, Reason);
  B.Loc = {"desk.cpp", 1, 1};
  return B;
}

template <typename C> std::vector<Finding> run(const Client &Cl) {
  std::vector<Finding> Out;
  C(Config{}).run(Graph{}, Cl, Out);
  return Out;
}

TEST(ConnectionBudget, ThirdSocketOfADesktopClient) {
  auto F = run<ConnectionBudgetCheck>(client({sock("a", 1), sock("b", 2), sock("c", 3)}));
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Loc.Line, 3u); // the socket that crosses the ceiling
  EXPECT_EQ(F[0].Notes.size(), 3u);
  EXPECT_NE(F[0].Message.find("holds 3 WebSocket connections; a desktop client's ceiling is 2"),
            std::string::npos);
  EXPECT_EQ(F[0].Citation, "general-updates");
}

TEST(ConnectionBudget, CountsWhatIsHeldAtOnce) {
  // Three sockets, but the third is opened after the first is gone: two at once.
  Socket Later = sock("c", 3);
  Later.AtOnce = 0;
  EXPECT_TRUE(
      run<ConnectionBudgetCheck>(client({sock("a", 1), sock("b", 2), Later})).empty());
  // One socket held by two live instances of its class, and another: three at once.
  Socket Twice = sock("feed", 4);
  Twice.AtOnce = 2;
  auto F = run<ConnectionBudgetCheck>(client({sock("a", 1), Twice}));
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Loc.Line, 4u);
  ASSERT_EQ(F[0].Notes.size(), 2u);
  EXPECT_NE(F[0].Notes[1].Message.find("connections 2-3 of 3: 'feed'"), std::string::npos);
  EXPECT_NE(F[0].Notes[1].Message.find("one per live instance"), std::string::npos);
}

TEST(ConnectionBudget, WithinCeilingOrBackendOrUnreached) {
  EXPECT_TRUE(run<ConnectionBudgetCheck>(client({sock("a", 1), sock("b", 2)})).empty());
  EXPECT_TRUE(run<ConnectionBudgetCheck>(
                  client({sock("a", 1), sock("b", 2), sock("c", 3)}, ClientKind::Backend))
                  .empty());
  Client U = client({sock("a", 1), sock("b", 2), sock("c", 3)});
  U.Unreached = true;
  EXPECT_TRUE(run<ConnectionBudgetCheck>(U).empty());
}

TEST(ConnectionBudget, MobileCeilingIsOneAndCitesItsRow) {
  auto F = run<ConnectionBudgetCheck>(client({sock("a", 1), sock("b", 2)}, ClientKind::Mobile));
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Citation, "mobile-background");
}

TEST(UndocumentedBoundary, SecondSocketWithoutBoundary) {
  auto F = run<UndocumentedBoundaryCheck>(client({sock("a", 1), sock("b", 2)}));
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Loc.Line, 2u);
  EXPECT_NE(F[0].Message.find("states no boundary"), std::string::npos);
}

TEST(UndocumentedBoundary, AValidBoundaryOnEitherSocketSatisfiesIt) {
  Socket A = sock("a", 1);
  A.Annotation = boundary("reliability", "order acks must never queue behind price bursts");
  EXPECT_TRUE(run<UndocumentedBoundaryCheck>(client({A, sock("b", 2)})).empty());
}

TEST(UndocumentedBoundary, InvalidBoundaryIsReportedWithItsProblem) {
  Socket B = sock("b", 2);
  B.Annotation = boundary("reliability", "it felt cleaner to split them");
  auto F = run<UndocumentedBoundaryCheck>(client({sock("a", 1), B}));
  ASSERT_EQ(F.size(), 1u);
  EXPECT_NE(F[0].Message.find("code tidiness"), std::string::npos) << F[0].Message;
}

TEST(UndocumentedBoundary, OneSocketNeedsNothing) {
  EXPECT_TRUE(run<UndocumentedBoundaryCheck>(client({sock("a", 1)})).empty());
}

TEST(MissingHeartbeat, FlagsOnlySocketsWithout) {
  auto F = run<MissingHeartbeatCheck>(client({sock("a", 1, true), sock("b", 2, false)}));
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Loc.Line, 2u);
  EXPECT_EQ(F[0].Citation, "limits-nat-proxy");
}

TEST(InsecureEndpoint, PlainRemoteAndCredentials) {
  Socket Plain = sock("a", 1);
  Plain.Endpoint = "ws://feed.example.com/prices";
  Socket Local = sock("b", 2);
  Local.Endpoint = "ws://localhost:8080/test";
  Socket Token = sock("c", 3);
  Token.Endpoint = "wss://api.example.com/stream?token=abc";
  Socket Sorted = sock("d", 4);
  Sorted.Endpoint = "wss://api.example.com/stream?sort_key=price";
  auto F = run<InsecureEndpointCheck>(client({Plain, Local, Token, Sorted}));
  ASSERT_EQ(F.size(), 2u);
  EXPECT_EQ(F[0].Loc.Line, 1u);
  EXPECT_EQ(F[1].Loc.Line, 3u);
  EXPECT_NE(F[1].Message.find("'token'"), std::string::npos);
}

TEST(InsecureEndpoint, HostParsing) {
  EXPECT_EQ(InsecureEndpointCheck::hostOf("ws://[::1]:9000/x"), "::1");
  EXPECT_EQ(InsecureEndpointCheck::hostOf("ws://user:pw@Example.COM/x"), "example.com");
  EXPECT_TRUE(InsecureEndpointCheck::isLoopback("127.0.0.1"));
  EXPECT_FALSE(InsecureEndpointCheck::isLoopback("127example.com.evil"));
}

TEST(MissingBackoff, SaysWhichOfTheThree) {
  auto With = [](const std::string &Backoff) {
    Socket S = sock("a", 1);
    S.Reconnect = true;
    S.Backoff = Backoff;
    S.ReconnectLoc = {"desk.cpp", 7, 3};
    S.ReconnectEvidence = "reopened in a retry loop";
    return run<MissingBackoffCheck>(client({S}));
  };
  ASSERT_EQ(With("none").size(), 1u);
  EXPECT_NE(With("none")[0].Message.find("no delay"), std::string::npos);
  EXPECT_NE(With("fixed")[0].Message.find("fixed delay"), std::string::npos);
  EXPECT_NE(With("exponential")[0].Message.find("without jitter"), std::string::npos);
  EXPECT_EQ(With("exponential")[0].Citation, "limits-client-os");
  EXPECT_TRUE(With("exponential-jitter").empty());
  // A socket that never reconnects has nothing to back off from.
  EXPECT_TRUE(run<MissingBackoffCheck>(client({sock("b", 2)})).empty());
}

TEST(ConnectionFanout, OnlyUnboundedSockets) {
  Socket Per = sock("feeds_", 3);
  Per.Unbounded = true;
  auto F = run<ConnectionFanoutCheck>(client({sock("a", 1), Per}));
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Loc.Line, 3u);
  EXPECT_EQ(F[0].Citation, "micro-frontend-widgets");
  // Fan-out sockets are this check's, not the budget's.
  EXPECT_TRUE(run<ConnectionBudgetCheck>(client({sock("a", 1), sock("b", 2), Per})).empty());
}

} // namespace
} // namespace wslint
