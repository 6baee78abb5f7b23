// SPDX-License-Identifier: Apache-2.0
// Merging facts into clients and sockets, on hand-built facts.
#include "../../tool/core/Graph.h"
#include "../../tool/core/merge/Clients.h"

#include <gtest/gtest.h>

#include <algorithm>

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

/// An instantiation of Record (covering Covers) in Function.
InstantiationFact made(const std::string &Function, const std::string &Record,
                       std::vector<std::string> Covers, unsigned Line) {
  InstantiationFact I;
  I.Record = Record;
  I.Name = Record;
  I.Function = Function;
  I.Loc = {"a.cpp", Line, 3};
  I.Covers = std::move(Covers);
  return I;
}

/// The override edge Base -> Callee of class Class.
CallEdge overrides(const std::string &Base, const std::string &Callee, const std::string &Class) {
  CallEdge E{Base, Callee, EdgeKind::Call};
  E.Class = Class;
  return E;
}

TEST(Graph, ProgramsAreWhatALinkerPutsTogether) {
  // Two examples on one library: each main makes its own connection class and runs the
  // library's session, which calls the interface.
  auto Unit = [](std::string File) {
    TUFacts U;
    U.MainFile = std::move(File);
    return U;
  };
  TUFacts A = Unit("a/main.cpp"), B = Unit("b/main.cpp"), Lib = Unit("lib/run.cpp"),
          FeedA = Unit("a/feed.cpp"), FeedB = Unit("b/feed.cpp");
  A.Functions = {{"ma", "main", {"a/main.cpp", 1, 1}, true}};
  A.Edges = {{"ma", "run", EdgeKind::Call}};
  A.Instantiations = {made("ma", "FeedA", {"FeedA", "Conn"}, 2)};
  B.Functions = {{"mb", "main", {"b/main.cpp", 1, 1}, true}};
  B.Edges = {{"mb", "run", EdgeKind::Call}};
  B.Instantiations = {made("mb", "FeedB", {"FeedB", "Conn"}, 2)};
  Lib.Functions = {{"run", "run", {"lib/run.cpp", 1, 1}}};
  Lib.Functions[0].Strong = true;
  Lib.Edges = {{"run", "Conn::open", EdgeKind::Call}};
  for (auto [U, Name] : {std::pair{&FeedA, "FeedA"}, std::pair{&FeedB, "FeedB"}}) {
    std::string Open = std::string(Name) + "::open";
    U->Functions = {{Open, Open, {U->MainFile, 1, 1}}};
    U->Functions[0].Strong = true;
    U->Edges = {overrides("Conn::open", Open, Name)};
    U->Sites = {site(Open, std::string(Name) + "::ws", 3)};
  }
  FactSet F;
  F.Units = {A, B, Lib, FeedA, FeedB};
  Graph G = buildGraph(F, config());
  ASSERT_EQ(G.Clients.size(), 2u);
  EXPECT_EQ(G.Clients[0].Name, "a");
  ASSERT_EQ(G.Clients[0].Sockets.size(), 1u);
  EXPECT_EQ(G.Clients[0].Sockets[0].Holder.Name, "FeedA::ws");
  EXPECT_EQ(G.Clients[1].Name, "b");
  ASSERT_EQ(G.Clients[1].Sockets.size(), 1u);
  EXPECT_EQ(G.Clients[1].Sockets[0].Holder.Name, "FeedB::ws");

  // The whole database as one program (programs: whole): each main runs both overrides.
  Config Whole = config();
  Whole.WholeProgram = true;
  Graph W = buildGraph(F, Whole);
  ASSERT_EQ(W.Clients.size(), 2u);
  EXPECT_EQ(W.Clients[0].Sockets.size(), 2u);
  EXPECT_EQ(W.Clients[1].Sockets.size(), 2u);

  // The build's targets: each program is its target, named after it.
  FactSet T = F;
  T.Targets = {{"session", "STATIC_LIBRARY", {"lib/run.cpp"}, {}},
               {"ticker", "EXECUTABLE", {"a/feed.cpp", "a/main.cpp"}, {"session"}},
               {"chat", "EXECUTABLE", {"b/feed.cpp", "b/main.cpp"}, {"session"}}};
  Graph B2 = buildGraph(T, config());
  ASSERT_EQ(B2.Clients.size(), 2u);
  EXPECT_EQ(B2.Clients[0].Name, "ticker");
  EXPECT_EQ(B2.Clients[1].Name, "chat");
  EXPECT_EQ(B2.Clients[1].Sockets[0].Holder.Name, "FeedB::ws");
}

TEST(Graph, OverridesRunOnlyForTheClassesAProgramMakes) {
  TUFacts U;
  U.Functions = {{"main", "main", {"main.cpp", 1, 1}, true},
                 {"Live::open", "Live::open", {}, false},
                 {"Dead::open", "Dead::open", {}, false}};
  U.Edges = {{"main", "Base::open", EdgeKind::Call}, overrides("Base::open", "Live::open", "Live"),
             overrides("Base::open", "Dead::open", "Dead")};
  U.Instantiations = {made("main", "Live", {"Live", "Base"}, 2)};
  U.Sites = {site("Live::open", "Live::ws", 5), site("Dead::open", "Dead::ws", 9)};
  FactSet F;
  F.Units.push_back(U);
  Graph G = buildGraph(F, config());
  ASSERT_EQ(G.Clients.size(), 2u);
  ASSERT_EQ(G.Clients[0].Sockets.size(), 1u);
  EXPECT_EQ(G.Clients[0].Sockets[0].Holder.Name, "Live::ws");
  // The path says which object made the override live.
  ASSERT_EQ(G.Clients[0].Sockets[0].Path.size(), 3u);
  EXPECT_EQ(G.Clients[0].Sockets[0].Path[1].Text,
            "a call of 'Base::open' runs its override 'Live::open' (the program makes a 'Live' at "
            "a.cpp:2)");
  // Nothing makes a Dead: its socket is no program's.
  EXPECT_TRUE(G.Clients[1].Unreached);
  EXPECT_EQ(G.Clients[1].Sockets[0].Holder.Name, "Dead::ws");
}

TEST(Graph, ElementSlotsOpenedInARepeatingLoopAreUnbounded) {
  auto Unbounded = [](unsigned LoopDepth, bool RunsOnce) {
    FactSet F;
    TUFacts U;
    SocketSite S = site("f", "Pool::conns_", 3, SlotKind::Element);
    S.In.LoopDepth = LoopDepth;
    S.In.LoopRunsOnce = RunsOnce;
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

/// A call edge that runs on Member's object ("": on the caller's own).
CallEdge on(const std::string &Caller, const std::string &Callee, const std::string &Member,
            EdgeKind K = EdgeKind::Call) {
  CallEdge E{Caller, Callee, K};
  E.Receiver = Member;
  return E;
}

/// The owners tests' wrapper: Link::open opens Link::ws_, Link::send sends on it.
void linkWithASend(TUFacts &U) {
  SocketSite Open = site("Link::open", "Link::ws_", 10);
  Open.Holder.Record = "Link";
  U.Sites = {Open};
  Evidence Send;
  Send.Kind = EvidenceKind::Send;
  Send.SlotUSR = "Link::ws_";
  Send.Function = "Link::send";
  Send.Detail = "send";
  U.Evidences = {Send};
}

// Two features own a Link each; Chat sends through its link from code that repeats, Prices
// once. Each link is a socket of its own, named by its owner, and the periodic send is
// Chat's heartbeat only. A call into Link's code that names no member (through a pointer)
// could be either owner's: the links are then one socket, as before.
TEST(Graph, EachOwnerOfAWrapperHoldsItsOwnSocket) {
  FactSet F;
  TUFacts U;
  U.Functions = {{"main", "main", {"main.cpp", 1, 1}, true}};
  U.Edges = {on("main", "Chat::start", ""),
             on("main", "Prices::start", ""),
             on("Chat::start", "Link::open", "Chat::link_"),
             on("Chat::start", "Chat::tick", "", EdgeKind::Repeating),
             on("Chat::tick", "Link::send", "Chat::link_"),
             on("Prices::start", "Link::open", "Prices::link_"),
             on("Prices::start", "Link::send", "Prices::link_")};
  U.Members = {{"Chat::link_", "Chat::link_", "Chat", {}},
               {"Prices::link_", "Prices::link_", "Prices", {}}};
  linkWithASend(U);
  F.Units = {U};
  Graph G = buildGraph(F, config());
  ASSERT_EQ(G.Clients.size(), 1u);
  ASSERT_EQ(G.Clients[0].Sockets.size(), 2u);
  EXPECT_EQ(G.Clients[0].Sockets[0].Holder.Name, "Chat::link_ → Link::ws_");
  EXPECT_TRUE(G.Clients[0].Sockets[0].Heartbeat);
  EXPECT_EQ(G.Clients[0].Sockets[1].Holder.Name, "Prices::link_ → Link::ws_");
  EXPECT_FALSE(G.Clients[0].Sockets[1].Heartbeat);
  EXPECT_EQ(G.Clients[0].Sockets[1].Owner, "Prices::link_");
  // No instance of either owner is in the facts (static objects are not counted apart):
  // each copy counts where its opening runs.
  EXPECT_EQ(G.Clients[0].Sockets[0].AtOnce, 1u);
  EXPECT_EQ(G.Clients[0].Sockets[1].AtOnce, 1u);
  EXPECT_EQ(G.Clients[0].atOnce(), 2u);

  F.Units[0].Edges.push_back(on("main", "Link::send", ""));
  Graph Unknown = buildGraph(F, config());
  ASSERT_EQ(Unknown.Clients[0].Sockets.size(), 1u);
  EXPECT_EQ(Unknown.Clients[0].Sockets[0].Holder.Name, "Link::ws_");
  EXPECT_TRUE(Unknown.Clients[0].Sockets[0].Heartbeat);
  EXPECT_NE(Unknown.Clients[0].Sockets[0].OwnersUnknown.find("not told apart"),
            std::string::npos);
  EXPECT_EQ(G.Clients[0].Sockets[0].OwnersUnknown, "");
}

// Locals as owners: main makes one Link at each of two declarations. Each local's copy is
// counted by the objects made at its declaration, not by every Link the program makes. A call
// through a reference (OtherObject) into Link's code keeps one socket.
TEST(Graph, LocalsOwnTheObjectsMadeAtTheirDeclaration) {
  FactSet F;
  TUFacts U;
  U.Functions = {{"main", "main", {"main.cpp", 1, 1}, true}};
  U.Edges = {on("main", "Link::open", "main::chat"), on("main", "Link::open", "main::replay"),
             on("main", "Link::send", "main::replay")};
  U.Members = {{"main::chat", "main::chat", "", {"main.cpp", 3, 8}},
               {"main::replay", "main::replay", "", {"main.cpp", 5, 10}}};
  linkWithASend(U);
  InstantiationFact Chat{"Link", "Link", "main"};
  Chat.Loc = {"main.cpp", 3, 8};
  Chat.Covers = {"Link"};
  InstantiationFact Replay = Chat;
  Replay.Loc = {"main.cpp", 5, 10};
  U.Instantiations = {Chat, Replay};
  F.Units = {U};
  Graph G = buildGraph(F, config());
  ASSERT_EQ(G.Clients.size(), 1u);
  ASSERT_EQ(G.Clients[0].Sockets.size(), 2u);
  const Socket &A = G.Clients[0].Sockets[0], &B = G.Clients[0].Sockets[1];
  EXPECT_EQ(A.Holder.Name, "main::chat → Link::ws_");
  EXPECT_EQ(A.OwnerDecl, (SourceLoc{"main.cpp", 3, 8}));
  EXPECT_EQ(B.Holder.Name, "main::replay → Link::ws_");
  EXPECT_EQ(B.OwnerDecl, (SourceLoc{"main.cpp", 5, 10}));
  // Each copy is one object, not one per Link the program makes (two).
  EXPECT_EQ(A.AtOnce, 1u);
  EXPECT_EQ(B.AtOnce, 1u);
  EXPECT_EQ(G.Clients[0].atOnce(), 2u);

  F.Units[0].Edges.push_back(on("main", "Link::send", OtherObject));
  Graph Unknown = buildGraph(F, config());
  ASSERT_EQ(Unknown.Clients[0].Sockets.size(), 1u);
  EXPECT_EQ(Unknown.Clients[0].Sockets[0].Holder.Name, "Link::ws_");
  EXPECT_NE(Unknown.Clients[0].Sockets[0].OwnersUnknown.find("not told apart"),
            std::string::npos);
}

TEST(Graph, OwnersOfOwnersSplitWhereTheOwnersDiffer) {
  // App owns two Features, each Feature owns a Link: one member (Feature::link_) reaches the
  // opening, two (App::chat_, App::prices_) reach the code that calls on it.
  FactSet F;
  TUFacts U;
  U.Functions = {{"main", "main", {"main.cpp", 1, 1}, true}};
  U.Edges = {on("main", "App::start", ""),
             on("App::start", "Feature::start", "App::chat_"),
             on("App::start", "Feature::keepAlive", "App::chat_", EdgeKind::Thread),
             on("App::start", "Feature::start", "App::prices_"),
             on("App::start", "Feature::subscribe", "App::prices_"),
             on("Feature::start", "Link::open", "Feature::link_"),
             on("Feature::keepAlive", "Link::send", "Feature::link_", EdgeKind::Repeating),
             on("Feature::subscribe", "Link::send", "Feature::link_")};
  U.Members = {{"App::chat_", "App::chat_", "App", {}},
               {"App::prices_", "App::prices_", "App", {}},
               {"Feature::link_", "Feature::link_", "Feature", {}}};
  linkWithASend(U);
  F.Units = {U};
  Graph G = buildGraph(F, config());
  ASSERT_EQ(G.Clients.size(), 1u);
  ASSERT_EQ(G.Clients[0].Sockets.size(), 2u);
  const Socket &Chat = G.Clients[0].Sockets[0], &Prices = G.Clients[0].Sockets[1];
  EXPECT_EQ(Chat.Holder.Name, "App::chat_ → Feature::link_ → Link::ws_");
  EXPECT_TRUE(Chat.Heartbeat); // the repeating call on the inner member is its own
  EXPECT_EQ(Prices.Holder.Name, "App::prices_ → Feature::link_ → Link::ws_");
  EXPECT_FALSE(Prices.Heartbeat);
  EXPECT_EQ(Prices.Owner, "App::prices_>Feature::link_");
  EXPECT_EQ(Prices.Holder.Record, "App");
  EXPECT_EQ(G.Clients[0].atOnce(), 2u);

  // One App member only: nothing to tell apart, the slot keeps its name.
  TUFacts One = U;
  One.Edges.erase(
      std::remove_if(One.Edges.begin(), One.Edges.end(),
                     [](const CallEdge &E) { return E.Receiver == "App::prices_"; }),
      One.Edges.end());
  F.Units = {One};
  Graph Single = buildGraph(F, config());
  ASSERT_EQ(Single.Clients[0].Sockets.size(), 1u);
  EXPECT_EQ(Single.Clients[0].Sockets[0].Holder.Name, "Link::ws_");
  EXPECT_EQ(Single.Clients[0].Sockets[0].OwnersUnknown, "");

  // A call into Feature's code that names no member: the owners cannot be told apart.
  F.Units = {U};
  F.Units[0].Edges.push_back(on("main", "Feature::keepAlive", ""));
  Graph Unknown = buildGraph(F, config());
  ASSERT_EQ(Unknown.Clients[0].Sockets.size(), 1u);
  EXPECT_EQ(Unknown.Clients[0].Sockets[0].Holder.Name, "Link::ws_");
  EXPECT_NE(Unknown.Clients[0].Sockets[0].OwnersUnknown.find(
                "owners 'App::chat_ → Feature::link_', 'App::prices_ → Feature::link_'"),
            std::string::npos);
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

TEST(Graph, NamesLeadingToSocketsFollowCallersNotEntries) {
  FactSet F;
  TUFacts U;
  U.Functions = {{"main", "main", {"main.cpp", 1, 1}, true},
                 {"run", "app::App::run", {}, false},
                 {"open", "app::Feed::open", {}, false},
                 {"log", "app::log", {}, false},
                 {"ops", "transport_ops::open", {}, false, NodeKind::Field}};
  U.Edges = {{"main", "run", EdgeKind::Call}, {"run", "ops", EdgeKind::Call},
             {"ops", "open", EdgeKind::Call}, {"open", "log", EdgeKind::Call}};
  U.Sites = {site("open", "Feed::ws_", 10)};
  F.Units.push_back(U);
  // Callers of the opening function, by their last name; not its callees, not main.
  EXPECT_EQ(namesLeadingToSockets(F), (std::set<std::string>{"open", "run"}));
}

TEST(Graph, EntryNamingNothingOrSeveralProgramsIsAConfigError) {
  FactSet F;
  TUFacts A, B;
  A.MainFile = "a/main.cpp";
  A.Functions = {{"main@a", "main", {"a/main.cpp", 3, 5}, true},
                 {"probe", "Probe::main", {"a/main.cpp", 9, 5}, false}};
  B.MainFile = "b/main.cpp";
  B.Functions = {{"main@b", "main", {"b/main.cpp", 4, 5}, true}};
  B.Sites = {site("main@b", "main::ws", 6, SlotKind::Local)};
  F.Units = {A, B};
  Config C = config();
  C.File = ".wslint.yaml";
  ClientDecl D;
  D.Name = "x";
  D.Entry = {"main"};
  D.EntryLine = 4;
  C.Clients = {D};
  Graph G = buildGraph(F, C);
  ASSERT_EQ(G.ConfigErrors.size(), 1u);
  EXPECT_FALSE(G.ConfigErrors[0].Missing);
  EXPECT_EQ(G.ConfigErrors[0].Message,
            ".wslint.yaml:4: entry 'main' names 'main' in several programs: a/main.cpp:3 (main), "
            "b/main.cpp:4 (main); write 'FILE:main' or give the client 'paths:'");
  // A file part picks one; Probe::main is never 'main'.
  C.Clients[0].Entry = {"b/main.cpp:main"};
  G = buildGraph(F, C);
  EXPECT_TRUE(G.ConfigErrors.empty());
  ASSERT_EQ(G.Clients.size(), 1u);
  EXPECT_EQ(G.Clients[0].Sockets.size(), 1u);
  C.Clients[0].Entry = {"mian"};
  G = buildGraph(F, C);
  ASSERT_EQ(G.ConfigErrors.size(), 1u);
  EXPECT_TRUE(G.ConfigErrors[0].Missing);
  EXPECT_NE(G.ConfigErrors[0].Message.find("names no function"), std::string::npos);
}

TEST(Graph, OnlyClientsThatMayMissCodeAreIncomplete) {
  FactSet F;
  TUFacts Good, Other, Broken, Cut;
  Good.MainFile = "good.cpp";
  Good.Functions = {{"main@good", "main", {"good.cpp", 1, 1}, true}};
  Good.Edges = {{"main@good", "c:@F@f#", EdgeKind::Call}, {"main@good", "c:@F@g#", EdgeKind::Call}};
  Good.Sites = {site("main@good", "main::ws", 3, SlotKind::Local)};
  Other.MainFile = "other.cpp";
  Other.Functions = {{"main@other", "main", {"other.cpp", 1, 1}, true}};
  // inl is an inline function of a header both other.cpp and broken.cpp define: known.
  Other.Functions.push_back({"c:@F@inl#", "inl", {"common.h", 1, 1}, false});
  Other.Edges = {{"main@other", "c:@F@h#", EdgeKind::Call}, {"main@other", "c:@F@inl#", EdgeKind::Call}};
  Other.Sites = {site("main@other", "main::ws2", 3, SlotKind::Local)};
  Broken.MainFile = "broken.cpp"; // recoverable errors: defines f, and only f
  Broken.Complete = false;
  Broken.Functions = {{"c:@F@f#", "f", {"broken.cpp", 1, 1}, false},
                      {"c:@F@inl#", "inl", {"common.h", 1, 1}, false}};
  Cut.MainFile = "cut.cpp"; // cut short: names g (maybe defines it), never h
  Cut.Complete = false;
  Cut.Truncated = true;
  Cut.Mentions = {"g", "include", "int"};
  F.Units = {Good, Other, Broken, Cut};
  Graph G = buildGraph(F, config());
  ASSERT_EQ(G.Clients.size(), 2u);
  EXPECT_TRUE(G.Clients[0].Incomplete);
  EXPECT_EQ(G.Clients[0].IncompleteUnits, (std::vector<std::string>{"broken.cpp", "cut.cpp"}));
  EXPECT_FALSE(G.Clients[1].Incomplete);
}

// A client's name comes from its own entry's path, not from what else the run analyses
// (issue 26: an lws rx program was called after its sibling's file stem; a single program
// was called after the folder wslint ran from).
TEST(ClientNames, StableWhateverElseIsAnalysed) {
  using merge::clientNames;
  auto Entry = [](const std::string &File) {
    FunctionFact F;
    F.USR = "main@" + File;
    F.Name = "main";
    F.Loc = {File, 1, 1};
    return F;
  };
  FunctionFact Cli = Entry("candy-cli/src/main.cc"),
               Service = Entry("candy-service/src/main.cc"),
               Rx = Entry("ws-client/minimal-ws-client-rx/minimal-ws-client.c"),
               Tx = Entry("ws-client/minimal-ws-client-tx/minimal-ws-client.c"),
               Replay = Entry("tools/replay.cpp"), Root = Entry("src/main.cpp"),
               App = Entry("app.cpp");
  using Names = std::vector<std::string>;
  EXPECT_EQ(clientNames({&Cli, &Service}, "candy"), (Names{"candy-cli", "candy-service"}));
  // Alone, each keeps the name it has beside the other.
  EXPECT_EQ(clientNames({&Cli}, "candy"), (Names{"candy-cli"}));
  // A folder extending the shared file stem names the program.
  EXPECT_EQ(clientNames({&Rx, &Tx}, "lws"),
            (Names{"minimal-ws-client-rx", "minimal-ws-client-tx"}));
  EXPECT_EQ(clientNames({&Rx}, "lws"), (Names{"minimal-ws-client-rx"}));
  EXPECT_EQ(clientNames({&Replay, &Cli}, "p"), (Names{"replay", "candy-cli"}));
  // Role stems and source folders name nothing: the project's name.
  EXPECT_EQ(clientNames({&Root}, "desk"), (Names{"desk"}));
  EXPECT_EQ(clientNames({&App}, "desk"), (Names{"desk"}));
  // Two entries that share their nearest part each take one more.
  FunctionFact A = Entry("desk/tools/replay.cpp"), B = Entry("feeds/tools/replay.cpp");
  EXPECT_EQ(clientNames({&A, &B}, "p"), (Names{"desk/tools/replay", "feeds/tools/replay"}));
  EXPECT_EQ(clientNames({&A}, "p"), (Names{"replay"}));
  // Two whose paths name nothing: the project's name once, then the entry's file.
  EXPECT_EQ(clientNames({&Root, &App}, "p"), (Names{"p", "app.cpp"}));
}

} // namespace
} // namespace wslint
