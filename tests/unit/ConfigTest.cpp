// SPDX-License-Identifier: Apache-2.0
#include "../../tool/core/Config.h"
#include "../../tool/core/Support.h"

#include <gtest/gtest.h>

namespace wslint {
namespace {

std::string errorOf(const std::string &Text) {
  auto C = parseConfig(Text, "/p/.wslint.yaml");
  return C ? "" : llvm::toString(C.takeError());
}

TEST(Config, FullExample) {
  auto C = parseConfig("clients:\n"
                       "  - name: trading-desk\n"
                       "    kind: desktop\n"
                       "    entry: [main]\n"
                       "checks: \"websocket-*,-websocket-insecure-endpoint\"\n"
                       "budget: { desktop: { preferred: 1, ceiling: 3 }, backend: { ceiling: none } }\n"
                       "boundaries:\n"
                       "  - slot: \"vendor::Feed::m_socket\"\n"
                       "    category: network-policy\n"
                       "    reason: \"The vendor gateway is only reachable through the regional proxy.\"\n"
                       "ignore: [\"third_party/**\"]\n",
                       "/p/.wslint.yaml");
  ASSERT_TRUE(static_cast<bool>(C)) << llvm::toString(C.takeError());
  EXPECT_EQ(C->Root, "/p");
  ASSERT_EQ(C->Clients.size(), 1u);
  EXPECT_EQ(C->Clients[0].Name, "trading-desk");
  EXPECT_EQ(*C->Budgets[ClientKind::Desktop].Ceiling, 3u);
  EXPECT_FALSE(C->Budgets[ClientKind::Backend].Ceiling);
  EXPECT_EQ(*C->Budgets[ClientKind::Mobile].Ceiling, 1u); // untouched default
  ASSERT_EQ(C->Boundaries.size(), 1u);
  EXPECT_EQ(C->Boundaries[0].Category, "network-policy");
}

TEST(Config, ErrorsCarryLineColumnAndSuggestion) {
  std::string E = errorOf("checks: '*'\nclinets: []\n");
  EXPECT_NE(E.find("/p/.wslint.yaml:2:1: unknown key 'clinets' (did you mean 'clients'?)"),
            std::string::npos)
      << E;
  E = errorOf("clients:\n  - name: x\n    kind: browsr\n    entry: main\n");
  EXPECT_NE(E.find(":3:11: unknown client kind 'browsr' (did you mean 'browser'?)"),
            std::string::npos)
      << E;
  E = errorOf("budget: { mobile: { ceiling: two } }\n");
  EXPECT_NE(E.find("expected a whole number"), std::string::npos) << E;
  E = errorOf("ignore: ['third_party/[']\n");
  EXPECT_NE(E.find("bad glob"), std::string::npos) << E;
  E = errorOf("clients: [ {name: x} ]\n");
  EXPECT_NE(E.find("needs 'entry' functions or 'paths'"), std::string::npos) << E;
  E = errorOf("checks: [\n");
  EXPECT_NE(E.find("not valid YAML"), std::string::npos) << E;
  E = errorOf("budget: { desktop: { preferred: 3, ceiling: 2 } }\n");
  EXPECT_NE(E.find("below the preferred"), std::string::npos) << E;
}

// An entry in what 'library:' covers is rejected when the file is read, so --verify-config
// and a run agree; the entry is named at its own line, wherever 'library:' comes in the file.
TEST(Config, EntryInLibraryCode) {
  std::string E = errorOf("clients:\n  - name: x\n    entry: [main, 'third_party/ws/server.cpp:main']\n"
                          "library: ['third_party/**']\n");
  EXPECT_NE(E.find("/p/.wslint.yaml:3:19: entry 'third_party/ws/server.cpp:main' is in code "
                   "'library:' says is a library's"),
            std::string::npos)
      << E;
  E = errorOf("entry: 'vendor/app.cpp:run'\nlibrary: ['vendor/**']\n");
  EXPECT_NE(E.find(":1:8: entry 'vendor/app.cpp:run' is in code"), std::string::npos) << E;
  // Not an error: a file outside the globs, a plain name, and a file 'own-code:' claims back.
  EXPECT_EQ(errorOf("clients:\n  - name: x\n    entry: ['src/main.cpp:main', main]\n"
                    "library: ['third_party/**']\n"),
            "");
  EXPECT_EQ(errorOf("entry: 'vendor/app.cpp:run'\nlibrary: ['vendor/**']\n"
                    "own-code: ['vendor/app.cpp']\n"),
            "");
}

TEST(Config, Programs) {
  auto C = parseConfig("programs: whole\n"
                       "clients:\n"
                       "  - name: desk\n"
                       "    entry: [main]\n"
                       "    sources: [\"apps/desk/**\", \"lib/**\"]\n",
                       "/p/.wslint.yaml");
  ASSERT_TRUE(static_cast<bool>(C)) << llvm::toString(C.takeError());
  EXPECT_TRUE(C->WholeProgram);
  EXPECT_EQ(C->Clients[0].Sources, (std::vector<std::string>{"apps/desk/**", "lib/**"}));
  EXPECT_NE(dumpConfig(*C).find("programs: whole"), std::string::npos);
  EXPECT_NE(dumpConfig(*C).find("sources: [apps/desk/**, lib/**]"), std::string::npos)
      << dumpConfig(*C);
  auto D = parseConfig("", "/p/.wslint.yaml");
  ASSERT_TRUE(static_cast<bool>(D));
  EXPECT_FALSE(D->WholeProgram);
  EXPECT_NE(dumpConfig(*D).find("programs: linked"), std::string::npos);
  std::string E = errorOf("programs: all\n");
  EXPECT_NE(E.find("/p/.wslint.yaml:1:11: programs is 'linked'"), std::string::npos) << E;
  E = errorOf("clients: [ {name: x, entry: [main], sources: ['[']} ]\n");
  EXPECT_NE(E.find("bad glob"), std::string::npos) << E;
}

TEST(Config, DumpShowsDefaults) {
  auto C = parseConfig("", "/p/.wslint.yaml");
  ASSERT_TRUE(static_cast<bool>(C));
  std::string D = dumpConfig(*C);
  EXPECT_NE(D.find("mobile: {preferred: 1, ceiling: 1}"), std::string::npos) << D;
  EXPECT_NE(D.find("backend: {preferred: 1, ceiling: none}"), std::string::npos) << D;
  // The dump is itself a valid config that means the same.
  auto Again = parseConfig(D, "/p/.wslint.yaml");
  ASSERT_TRUE(static_cast<bool>(Again)) << llvm::toString(Again.takeError());
  EXPECT_EQ(dumpConfig(*Again), D);
}

// Whether a config's directory holds the working directory (the project's own config) or
// not (one named from outside, which keeps the root where it was: tests/cli outside-config).
TEST(Support, LiesUnderIsByWholeDirectories) {
  EXPECT_TRUE(liesUnder("/work/repo", "/work/repo"));
  EXPECT_TRUE(liesUnder("/work/repo/src", "/work/repo/"));
  EXPECT_TRUE(liesUnder("/work/repo/src/../lib", "/work/repo"));
  EXPECT_FALSE(liesUnder("/work/repository", "/work/repo"));
  EXPECT_FALSE(liesUnder("/work", "/work/repo"));
  EXPECT_FALSE(liesUnder("/etc/team", "/work/repo"));
  EXPECT_EQ(relativeTo("/work/repo/src/a.cpp", "/work/repo"), "src/a.cpp");
  EXPECT_EQ(relativeTo("/work/repository/a.cpp", "/work/repo"), "/work/repository/a.cpp");
}

} // namespace
} // namespace wslint
