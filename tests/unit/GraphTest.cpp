// SPDX-License-Identifier: Apache-2.0
// Merging facts into clients and sockets, on hand-built facts.
#include "../../tool/core/Graph.h"

#include <gtest/gtest.h>

namespace wslint {
namespace {

SocketSite site(const std::string &Fn, const std::string &SlotUSR, unsigned Line,
                SlotKind K = SlotKind::Field) {
  SocketSite S;
  S.Library = "boost-beast";
  S.LibraryName = "Boost.Beast";
  S.Loc = {"a.cpp", Line, 3};
  S.Function = Fn;
  S.Holder.USR = SlotUSR;
  S.Holder.Name = SlotUSR;
  S.Holder.Kind = K;
  return S;
}

Config config() {
  Config C;
  C.ProjectName = "proj";
  return C;
}

TEST(Graph, ReopeningASlotIsOneSocket) {
  FactSet F;
  TUFacts U;
  U.Functions = {{"main", "main", {"main.cpp", 1, 1}, true}, {"connect", "C::connect", {}, false},
                 {"on_close", "C::on_close", {}, false}};
  U.Edges = {{"main", "connect", EdgeKind::Call}, {"connect", "on_close", EdgeKind::Callback},
             {"on_close", "connect", EdgeKind::Call}};
  U.Sites = {site("connect", "C::ws_", 10), site("on_close", "C::ws_", 20)};
  F.Units.push_back(U);
  Graph G = buildGraph(F, config());
  ASSERT_EQ(G.Clients.size(), 1u);
  EXPECT_EQ(G.Clients[0].Name, "proj");
  ASSERT_EQ(G.Clients[0].Sockets.size(), 1u);
  EXPECT_EQ(G.Clients[0].Sockets[0].Sites.size(), 2u);
}

TEST(Graph, SitesAcrossUnitsMergeAndDeduplicate) {
  FactSet F;
  TUFacts A, B;
  A.MainFile = "main.cpp";
  A.Functions = {{"main@main.cpp", "main", {"main.cpp", 1, 1}, true}};
  A.Edges = {{"main@main.cpp", "prices", EdgeKind::Call}, {"main@main.cpp", "orders", EdgeKind::Call}};
  B.MainFile = "feeds.cpp";
  B.Sites = {site("prices", "Desk::prices_", 5), site("orders", "Desk::orders_", 9)};
  TUFacts C = B; // a header seen by two TUs: the same sites again
  C.MainFile = "other.cpp";
  F.Units = {A, B, C};
  Graph G = buildGraph(F, config());
  ASSERT_EQ(G.Clients.size(), 1u);
  EXPECT_EQ(G.Clients[0].Sockets.size(), 2u);
  EXPECT_EQ(G.Clients[0].Sockets[0].Id, "s1");
  EXPECT_EQ(G.Clients[0].Sockets[1].Holder.Name, "Desk::orders_");
}

TEST(Graph, EachEntryPointIsAClientAndUnreachedSitesAreSetApart) {
  FactSet F;
  TUFacts U;
  U.Functions = {{"m1", "main", {"apps/desk/main.cpp", 1, 1}, true},
                 {"m2", "main", {"apps/tap/main.cpp", 1, 1}, true}};
  U.Edges = {{"m1", "open", EdgeKind::Call}, {"m2", "open", EdgeKind::Call}};
  U.Sites = {site("open", "Feed::ws_", 3), site("helper", "Tool::ws_", 8)};
  F.Units.push_back(U);
  Graph G = buildGraph(F, config());
  ASSERT_EQ(G.Clients.size(), 3u);
  EXPECT_EQ(G.Clients[0].Name, "desk");
  EXPECT_EQ(G.Clients[1].Name, "tap");
  EXPECT_EQ(G.Clients[0].Sockets.size(), 1u);
  EXPECT_TRUE(G.Clients[2].Unreached);
  EXPECT_EQ(G.Clients[2].Sockets[0].Holder.Name, "Tool::ws_");
}

TEST(Graph, ElementSlotsOpenedInARepeatingLoopAreUnbounded) {
  auto Unbounded = [](unsigned LoopDepth, bool RunsOnce) {
    FactSet F;
    TUFacts U;
    SocketSite S = site("f", "Pool::conns_", 3, SlotKind::Element);
    S.LoopDepth = LoopDepth;
    S.LoopRunsOnce = RunsOnce;
    U.Sites = {S};
    F.Units.push_back(U);
    Graph G = buildGraph(F, config());
    EXPECT_EQ(G.Clients.size(), 1u);
    return G.Clients[0].Sockets[0].Unbounded;
  };
  EXPECT_TRUE(Unbounded(1, false));
  EXPECT_FALSE(Unbounded(0, false)); // one element, filled once
  EXPECT_FALSE(Unbounded(1, true));  // a loop that runs once
}

TEST(Graph, HeartbeatNeedsItsCompanionEvidence) {
  FactSet F;
  TUFacts U;
  U.Sites = {site("f", "ws", 3, SlotKind::Local)};
  Evidence Opt;
  Opt.Kind = EvidenceKind::Heartbeat;
  Opt.SlotUSR = "ws";
  Opt.Detail = "timeout with pings";
  Opt.Needs = EvidenceKind::AsyncRead;
  U.Evidences = {Opt};
  F.Units = {U};
  Graph Sync = buildGraph(F, config());
  EXPECT_FALSE(Sync.Clients[0].Sockets[0].Heartbeat);
  EXPECT_NE(Sync.Clients[0].Sockets[0].HeartbeatEvidence.find("asynchronous read"),
            std::string::npos);
  Evidence Read;
  Read.Kind = EvidenceKind::AsyncRead;
  Read.SlotUSR = "ws";
  F.Units[0].Evidences.push_back(Read);
  Graph Async = buildGraph(F, config());
  EXPECT_TRUE(Async.Clients[0].Sockets[0].Heartbeat);
}

TEST(Graph, LibraryDefaultHeartbeatYieldsToAnExplicitOff) {
  FactSet F;
  TUFacts U;
  U.Sites = {site("f", "c", 3, SlotKind::Local)};
  Evidence Def;
  Def.Kind = EvidenceKind::Heartbeat;
  Def.LibraryDefault = true;
  Def.SlotUSR = "c";
  U.Evidences = {Def};
  F.Units = {U};
  EXPECT_TRUE(buildGraph(F, config()).Clients[0].Sockets[0].Heartbeat);
  Evidence Off;
  Off.Kind = EvidenceKind::HeartbeatOff;
  Off.SlotUSR = "c";
  F.Units[0].Evidences.push_back(Off);
  EXPECT_FALSE(buildGraph(F, config()).Clients[0].Sockets[0].Heartbeat);
}

TEST(Graph, BoundaryFromCommentOrConfig) {
  FactSet F;
  TUFacts U;
  SocketSite A = site("f", "Desk::orders_", 3);
  A.BoundaryComments.push_back(
      {{"a.cpp", 2, 1}, "websocket-boundary(reliability): acks must never queue behind prices"});
  SocketSite B = site("f", "vendor::Feed::m_socket", 9);
  U.Sites = {A, B};
  F.Units = {U};
  Config C = config();
  C.Boundaries.push_back({"vendor::Feed::m_socket", "network-policy",
                          "the vendor gateway is only reachable through the regional proxy"});
  Graph G = buildGraph(F, C);
  ASSERT_EQ(G.Clients[0].Sockets.size(), 2u);
  ASSERT_TRUE(G.Clients[0].Sockets[0].Annotation);
  EXPECT_TRUE(G.Clients[0].Sockets[0].Annotation->valid());
  ASSERT_TRUE(G.Clients[0].Sockets[1].Annotation);
  EXPECT_TRUE(G.Clients[0].Sockets[1].Annotation->FromConfig);
}

} // namespace
} // namespace wslint
