// SPDX-License-Identifier: Apache-2.0
#include "../../tool/core/Facts.h"

#include "llvm/Support/JSON.h"

#include <gtest/gtest.h>

namespace wslint {
namespace {

TEST(Facts, JsonRoundTrip) {
  FactSet Set;
  TUFacts U;
  U.MainFile = "src/desk.cpp";
  SocketSite S;
  S.Library = "boost-beast";
  S.LibraryName = "Boost.Beast";
  S.OpenCall = "handshake";
  S.Loc = {"src/desk.cpp", 12, 7};
  S.Function = "c:@S@Desk@F@connect#";
  S.Holder = {"c:@S@Desk@FI@ws_", "Desk::ws_", SlotKind::Field, {"src/desk.h", 9, 3}, false};
  S.Endpoint = "wss://feed.example/prices";
  S.EndpointIsLiteral = true;
  S.In.LoopDepth = 1;
  S.In.LoopPerItem = true;
  S.BoundaryComments.push_back({{"src/desk.h", 8, 1}, "websocket-boundary(trust): x y z"});
  U.Sites.push_back(S);
  SocketSite Self = S;
  Self.Holder = {"c:@S@Healing", "Healing (this)", SlotKind::Field};
  Self.Holder.Holds = "c:@S@Healing";
  Self.Holder.Self = true;
  U.Sites.push_back(Self);
  Evidence E;
  E.Kind = EvidenceKind::Heartbeat;
  E.SlotUSR = S.Holder.USR;
  E.Loc = {"src/desk.cpp", 10, 3};
  E.Detail = "timeout";
  E.Needs = EvidenceKind::AsyncRead;
  U.Evidences.push_back(E);
  U.Functions.push_back({"c:@F@main#", "main", {"src/main.cpp", 1, 5}, true});
  U.Functions.push_back({"objc-frameworks@", "the app's frameworks", {}, false,
                         NodeKind::Framework});
  U.Edges.push_back({"c:@F@main#", "c:@S@Desk@F@connect#", EdgeKind::Callback});
  CallEdge Override{"c:@S@Feed@F@open#", "c:@S@Desk@F@open#", EdgeKind::Call};
  Override.Class = "c:@S@Desk";
  U.Edges.push_back(Override);
  CallEdge PerItem{"c:@F@main#", "c:@S@Desk@F@open#", EdgeKind::Call, {"src/main.cpp", 4, 5}};
  PerItem.InItemLoop = true;
  PerItem.Receiver = "c:@S@Desk@FI@link_";
  U.Edges.push_back(PerItem);
  U.Members.push_back({"c:@S@Desk@FI@link_", "Desk::link_", "c:@S@Desk", {"src/desk.h", 12, 8}});
  U.Functions.push_back({"c:@S@Desk@F@open#", "Desk::open", {"src/desk.cpp", 20, 11}});
  U.Functions.back().Strong = true;
  InstantiationFact Static;
  Static.Record = "c:@S@Desk";
  Static.Name = "Desk";
  Static.Counted = false;
  Static.Covers = {"c:@S@Desk", "c:@S@Link"};
  Static.CoveredThrough = {{"c:@S@Link", "c:@S@Desk@FI@link_"}};
  U.Instantiations.push_back(Static);
  InstantiationFact Filling;
  Filling.Record = "c:@S@Link";
  Filling.Name = "Link";
  Filling.Counted = false;
  Filling.Fills = "c:@S@Desk@FI@link_";
  U.Instantiations.push_back(Filling);
  U.Errors.push_back({{"src/desk.cpp", 2, 10}, "'x.h' file not found"});
  U.Complete = false;
  U.TargetKind = "mobile";
  U.Vendored.push_back({"third_party/wspp/websocketpp/", "websocketpp"});
  Set.Units.push_back(U);
  Set.Targets.push_back({"desk", "EXECUTABLE", {"src/desk.cpp", "src/main.cpp"}, {"feeds"}});

  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << toJSON(Set);
  auto V = llvm::json::parse(OS.str());
  ASSERT_TRUE(static_cast<bool>(V));
  FactSet Back;
  llvm::json::Path::Root Root;
  ASSERT_TRUE(fromJSON(*V, Back, Root)) << llvm::toString(Root.getError());
  std::string Again;
  llvm::raw_string_ostream OS2(Again);
  OS2 << toJSON(Back);
  EXPECT_EQ(OS.str(), OS2.str());
  ASSERT_EQ(Back.Units.size(), 1u);
  EXPECT_EQ(Back.Units[0].Sites[0].Holder.Name, "Desk::ws_");
  EXPECT_FALSE(Back.Units[0].Sites[0].Holder.Self);
  EXPECT_TRUE(Back.Units[0].Sites[1].Holder.Self);
  EXPECT_EQ(Back.Units[0].Sites[1].Holder.Holds, "c:@S@Healing");
  ASSERT_EQ(Back.Units[0].Vendored.size(), 1u);
  EXPECT_EQ(Back.Units[0].Vendored[0].Library, "websocketpp");
  EXPECT_EQ(*Back.Units[0].Evidences[0].Needs, EvidenceKind::AsyncRead);
  EXPECT_FALSE(Back.Units[0].Complete);
  EXPECT_EQ(Back.Units[0].TargetKind, "mobile");
  EXPECT_EQ(Back.Units[0].Functions[1].Kind, NodeKind::Framework);
  EXPECT_TRUE(Back.Units[0].Functions[2].Strong);
  EXPECT_FALSE(Back.Units[0].Functions[0].Strong);
  EXPECT_EQ(Back.Units[0].Edges[1].Class, "c:@S@Desk");
  EXPECT_TRUE(Back.Units[0].Edges[2].InItemLoop);
  EXPECT_FALSE(Back.Units[0].Edges[0].InItemLoop);
  EXPECT_EQ(Back.Units[0].Edges[2].Receiver, "c:@S@Desk@FI@link_");
  EXPECT_EQ(Back.Units[0].Edges[0].Receiver, "");
  ASSERT_EQ(Back.Units[0].Members.size(), 1u);
  EXPECT_EQ(Back.Units[0].Members[0].Name, "Desk::link_");
  EXPECT_EQ(Back.Units[0].Members[0].Record, "c:@S@Desk");
  EXPECT_TRUE(Back.Units[0].Sites[0].In.LoopPerItem);
  EXPECT_FALSE(Back.Units[0].Sites[0].In.InRetryLoop);
  EXPECT_FALSE(Back.Units[0].Instantiations[0].Counted);
  EXPECT_EQ(Back.Units[0].Instantiations[0].CoveredThrough.at("c:@S@Link"),
            "c:@S@Desk@FI@link_");
  EXPECT_EQ(Back.Units[0].Instantiations[1].Fills, "c:@S@Desk@FI@link_");
  EXPECT_FALSE(Back.Units[0].Instantiations[1].FillsInConstructor);
  EXPECT_TRUE(Back.Units[0].Instantiations[1].CoveredThrough.empty());
  ASSERT_EQ(Back.Targets.size(), 1u);
  EXPECT_EQ(Back.Targets[0].Dependencies, std::vector<std::string>{"feeds"});
  EXPECT_EQ(Back.Targets[0].Sources[1], "src/main.cpp");
}

TEST(Facts, RejectsMalformed) {
  for (const char *Bad : {R"({"wslint_facts": 2, "units": []})", R"({"units": []})",
                          R"({"wslint_facts": 1, "units": [{"main_file": 3}]})"}) {
    auto V = llvm::json::parse(Bad);
    ASSERT_TRUE(static_cast<bool>(V));
    FactSet F;
    llvm::json::Path::Root Root;
    EXPECT_FALSE(fromJSON(*V, F, Root)) << Bad;
    llvm::consumeError(Root.getError());
  }
}

} // namespace
} // namespace wslint
