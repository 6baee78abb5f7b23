// SPDX-License-Identifier: Apache-2.0
// Each check on hand-built graphs: what it flags and the look-alikes it must not.
#include "../../checks/ConnectionBudgetCheck.h"
#include "../../checks/ConnectionFanoutCheck.h"
#include "../../checks/MissingBackoffCheck.h"
#include "../../checks/InsecureEndpointCheck.h"
#include "../../checks/MissingHeartbeatCheck.h"
#include "../../checks/Registry.h"
#include "../../checks/UndocumentedBoundaryCheck.h"
#include "../../tool/core/Suppress.h"

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

TEST(MissingHeartbeat, SlowHeartbeatIsToldToSpeedUp) {
  RuleSet Rules;
  LibraryRules L;
  L.Id = "qt-websockets";
  L.Name = "Qt WebSockets";
  L.Fix = {{"heartbeat", "call ping() from a repeating QTimer"}};
  Rules.Libraries.push_back(L);
  auto Notes = [&](bool Heartbeat, double Interval) {
    Socket S = sock("a", 1, Heartbeat);
    S.Library = "qt-websockets";
    S.HeartbeatInterval = Interval;
    auto Findings = run<MissingHeartbeatCheck>(client({S}));
    addFixHints(Findings, Rules);
    std::string All;
    for (const Note &N : Findings.at(0).Notes)
      All += N.Message + "\n";
    return All;
  };
  // No heartbeat: the library's recipe.
  EXPECT_NE(Notes(false, 0).find("fix (Qt WebSockets): call ping()"), std::string::npos);
  // A heartbeat every 90 s: not told to add one, told its period.
  std::string Slow = Notes(true, 90);
  EXPECT_EQ(Slow.find("fix (Qt WebSockets)"), std::string::npos) << Slow;
  EXPECT_NE(Slow.find("fix: keep this heartbeat and send it at least every 30 s"),
            std::string::npos)
      << Slow;
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

/// The notes of the one missing-backoff finding on S, with the fix hints of L.
std::vector<std::string> backoffNotes(const LibraryRules &L, Socket S) {
  RuleSet Rules;
  Rules.Libraries.push_back(L);
  S.Library = L.Id;
  S.Reconnect = true;
  auto Findings = run<MissingBackoffCheck>(client({S}));
  addFixHints(Findings, Rules);
  std::vector<std::string> Out;
  for (const Note &N : Findings.at(0).Notes)
    Out.push_back(N.Message);
  return Out;
}

size_t countStarting(const std::vector<std::string> &Notes, const std::string &Start) {
  return std::count_if(Notes.begin(), Notes.end(),
                       [&](const std::string &N) { return N.rfind(Start, 0) == 0; });
}

TEST(MissingBackoff, FixSaysWhatIsMissingGivenTheWait) {
  LibraryRules L;
  L.Id = "boost-beast";
  L.Name = "Boost.Beast";
  L.Fix = {{"backoff", "arm a steady_timer before reconnecting"}, {"close", "close cleanly"}};
  auto Notes = [&](const std::string &Backoff) {
    Socket S = sock("a", 1);
    S.Backoff = Backoff;
    S.BackoffLoc = {"desk.cpp", 9, 5};
    S.BackoffEvidence = "timer_.expires_after(1s)";
    return backoffNotes(L, S);
  };
  // No wait at all: the library's recipe for adding one.
  EXPECT_EQ(countStarting(Notes("none"), "fix (Boost.Beast): arm a steady_timer"), 1u);
  // A wait that only needs growth, or only jitter: no recipe for a wait it has.
  for (const char *Backoff : {"fixed", "exponential"}) {
    EXPECT_EQ(countStarting(Notes(Backoff), "fix (Boost.Beast): arm"), 0u) << Backoff;
    EXPECT_EQ(countStarting(Notes(Backoff), "fix: keep the"), 1u) << Backoff;
    EXPECT_EQ(countStarting(Notes(Backoff), "fix (Boost.Beast): close cleanly"), 1u) << Backoff;
  }
  EXPECT_EQ(countStarting(Notes("exponential"), "fix: keep the growth"), 1u);
}

// Drogon's client retries by itself after a fixed second: no wait in the project's code to
// keep, so the library's recipe for replacing its retry is the fix (found on drogon's own
// examples/websocket_client).
TEST(MissingBackoff, LibraryRetryKeepsTheLibraryFix) {
  LibraryRules L;
  L.Id = "drogon";
  L.Name = "Drogon";
  L.Fix = {{"backoff", "stop() it from the closed handler"}};
  auto Notes = [&](bool ByLibrary) {
    Socket S = sock("a", 1);
    S.Backoff = "fixed";
    ReconnectPath P;
    P.Backoff = "fixed";
    P.ByLibrary = ByLibrary;
    S.ReconnectPaths.push_back(P);
    return backoffNotes(L, S);
  };
  EXPECT_EQ(countStarting(Notes(true), "fix (Drogon): stop()"), 1u);
  EXPECT_EQ(countStarting(Notes(true), "fix: keep the wait"), 0u);
  // The same fixed wait written in the project's own code keeps the project's fix.
  EXPECT_EQ(countStarting(Notes(false), "fix (Drogon): stop()"), 0u);
  EXPECT_EQ(countStarting(Notes(false), "fix: keep the wait"), 1u);
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

// A socket in a library two programs reach: one finding naming both, every client's key.
TEST(MergeAcrossClients, OneFindingPerSocketAndCheck) {
  Socket S = sock("Link::ws_", 4, /*Heartbeat=*/false);
  S.Path = {{{"app.cpp", 9, 3}, "'main' calls 'Link::open'"},
            {{"desk.cpp", 4, 3}, "'Link::open' opens 'Link::ws_'"}};
  Client A = client({S}), B = client({S}), C = client({sock("Other::ws_", 8, false)});
  A.Name = "app";
  B.Name = "echo";
  C.Name = "tool";
  std::vector<Finding> Out;
  MissingHeartbeatCheck Check{Config{}};
  for (const Client *Cl : {&B, &A, &C})
    Check.run(Graph{}, *Cl, Out);
  sortFindings(Out);
  mergeAcrossClients(Out);
  ASSERT_EQ(Out.size(), 2u);
  EXPECT_EQ(Out[0].Clients, (std::vector<std::string>{"app", "echo"}));
  EXPECT_EQ(Out[0].Key, "websocket-missing-heartbeat|app|Link::ws_"); // the first client's
  EXPECT_EQ(Out[0].MergedKeys,
            (std::vector<std::string>{"websocket-missing-heartbeat|echo|Link::ws_"}));
  ASSERT_FALSE(Out[0].Notes.empty());
  EXPECT_EQ(Out[0].Notes.back().Message, "the same in 2 clients: 'app' and 'echo'");
  ASSERT_EQ(Out[0].Paths.size(), 1u);
  EXPECT_EQ(Out[0].Paths[0].Steps.size(), 2u);
  EXPECT_EQ(Out[1].Clients, (std::vector<std::string>{"tool"}));

  // A baseline written when each client had its own finding still matches, through any key.
  Baseline Old;
  Old.Keys = {"websocket-missing-heartbeat|echo|Link::ws_"};
  auto Stale = applyBaseline(Out, Old);
  EXPECT_TRUE(Stale.empty());
  ASSERT_EQ(Out.size(), 1u);
  EXPECT_EQ(Out[0].Client, "tool");
}

// What differs between clients is kept as a note; the client's own name does not count.
TEST(MergeAcrossClients, DifferencesStayAsNotes) {
  auto Make = [](const std::string &Client, const std::string &Message) {
    Finding F;
    F.Check = "websocket-missing-backoff";
    F.Loc = {"link.cpp", 4, 3};
    F.Client = Client;
    F.Clients = {Client};
    F.Subject = "Link::ws_";
    F.Message = Message;
    F.Key = F.Check + "|" + Client + "|" + F.Subject;
    return F;
  };
  std::vector<Finding> Out = {Make("a", "client 'a' reconnects with no delay"),
                              Make("b", "client 'b' reconnects with no delay"),
                              Make("c", "client 'c' reconnects after a fixed delay")};
  sortFindings(Out);
  mergeAcrossClients(Out);
  ASSERT_EQ(Out.size(), 1u);
  ASSERT_EQ(Out[0].Notes.size(), 2u);
  EXPECT_EQ(Out[0].Notes[0].Message, "in client 'c': client 'c' reconnects after a fixed delay");
  EXPECT_EQ(Out[0].Notes[1].Message, "the same in 3 clients: 'a', 'b' and 'c'");
  // Findings about a client as a whole never merge.
  std::vector<Finding> Whole = {Make("a", "x"), Make("b", "x")};
  for (auto &F : Whole)
    F.Subject.clear();
  mergeAcrossClients(Whole);
  EXPECT_EQ(Whole.size(), 2u);
}

} // namespace
} // namespace wslint
