// SPDX-License-Identifier: Apache-2.0
// CMake's File API reply read into build targets, on a reply written here the way CMake
// 3.25 writes one (index, codemodel-v2, one file per target).
#include "../../tool/core/BuildTargets.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

namespace wslint {
namespace {

class BuildTargetsTest : public testing::Test {
protected:
  void SetUp() override {
    llvm::SmallString<128> D;
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("wslint-build-targets", D));
    Dir = std::string(D);
  }
  void TearDown() override { llvm::sys::fs::remove_directories(Dir); }
  void write(const std::string &Rel, const std::string &Text) {
    llvm::SmallString<256> P(Dir);
    llvm::sys::path::append(P, Rel);
    ASSERT_FALSE(llvm::sys::fs::create_directories(llvm::sys::path::parent_path(P)));
    std::error_code EC;
    llvm::raw_fd_ostream OS(P, EC);
    ASSERT_FALSE(EC);
    OS << Text;
  }
  /// A reply: the source tree is Dir/src, the project root Dir; app links lib.
  void writeReply() {
    const std::string R = ".cmake/api/v1/reply/";
    // An older index the newest replaces.
    write(R + "index-2026-01-01T00-00-00-0000.json", R"({"reply": {}})");
    write(R + "index-2026-12-06T10-00-00-0000.json",
          R"({"cmake": {}, "reply": {"codemodel-v2": {"kind": "codemodel",
             "jsonFile": "codemodel-v2-1.json"}}})");
    write(R + "codemodel-v2-1.json",
          R"({"paths": {"source": ")" + Dir + R"(/src", "build": ")" + Dir +
              R"(/build"}, "configurations": [{"name": "Release", "targets": [
             {"name": "app", "id": "app::@1", "jsonFile": "target-app.json"},
             {"name": "lib", "id": "lib::@1", "jsonFile": "target-lib.json"}]}]})");
    write(R + "target-app.json",
          R"({"name": "app", "id": "app::@1", "type": "EXECUTABLE",
             "sources": [{"path": "apps/main.cpp", "compileGroupIndex": 0},
                         {"path": "apps/main.h"}],
             "dependencies": [{"id": "lib::@1"}]})");
    write(R + "target-lib.json",
          R"({"name": "lib", "id": "lib::@1", "type": "STATIC_LIBRARY",
             "sources": [{"path": "lib/b.cpp", "compileGroupIndex": 0},
                         {"path": "lib/a.cpp", "compileGroupIndex": 0}]})");
  }
  std::string Dir;
};

TEST_F(BuildTargetsTest, ReadsTheNewestCodemodel) {
  writeReply();
  auto T = readCMakeTargets(Dir, Dir);
  ASSERT_TRUE(static_cast<bool>(T)) << llvm::toString(T.takeError());
  ASSERT_TRUE(T->has_value());
  const auto &Targets = **T;
  ASSERT_EQ(Targets.size(), 2u);
  EXPECT_EQ(Targets[0].Name, "app");
  EXPECT_EQ(Targets[0].Type, "EXECUTABLE");
  // Compiled sources only (not the header), relative to the root, sorted.
  EXPECT_EQ(Targets[0].Sources, std::vector<std::string>{"src/apps/main.cpp"});
  EXPECT_EQ(Targets[0].Dependencies, std::vector<std::string>{"lib"});
  EXPECT_EQ(Targets[1].Sources, (std::vector<std::string>{"src/lib/a.cpp", "src/lib/b.cpp"}));
}

TEST_F(BuildTargetsTest, NoReplyIsNoTargets) {
  auto T = readCMakeTargets(Dir, Dir);
  ASSERT_TRUE(static_cast<bool>(T));
  EXPECT_FALSE(T->has_value());
}

TEST_F(BuildTargetsTest, ABrokenReplyNamesItsFile) {
  write(".cmake/api/v1/reply/index-1.json",
        R"({"reply": {"codemodel-v2": {"jsonFile": "codemodel-v2-1.json"}}})");
  write(".cmake/api/v1/reply/codemodel-v2-1.json", R"({"paths": {}})");
  auto T = readCMakeTargets(Dir, Dir);
  ASSERT_FALSE(static_cast<bool>(T));
  std::string E = llvm::toString(T.takeError());
  EXPECT_NE(E.find("codemodel-v2-1.json"), std::string::npos) << E;
  EXPECT_NE(E.find("no paths.source"), std::string::npos) << E;
}

TEST_F(BuildTargetsTest, AsksOnlyACMakeBuildWithoutAReply) {
  EXPECT_FALSE(requestCMakeTargets(Dir)); // not a CMake build directory
  write("CMakeCache.txt", "");
  EXPECT_TRUE(requestCMakeTargets(Dir));
  EXPECT_TRUE(llvm::sys::fs::exists(Dir + "/.cmake/api/v1/query/codemodel-v2"));
  EXPECT_FALSE(requestCMakeTargets(Dir)); // asked already
}

} // namespace
} // namespace wslint
