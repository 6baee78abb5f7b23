// SPDX-License-Identifier: Apache-2.0
// Every input kept in fuzz/regressions/<target>/ (crashes the fuzzers found, and hostile
// inputs written by hand) runs through its target in the normal, sanitizer and fuzz builds.
#include "../../fuzz/Targets.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <gtest/gtest.h>

namespace wslint::fuzz {
namespace {

TEST(FuzzRegressions, EveryKeptInputRunsCleanly) {
  size_t Inputs = 0;
  for (const auto &T : allTargets()) {
    llvm::SmallString<256> Dir(WSLINT_SOURCE_DIR);
    llvm::sys::path::append(Dir, "fuzz", "regressions", T.Name);
    std::error_code EC;
    std::vector<std::string> Files;
    for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
         It.increment(EC))
      Files.push_back(It->path());
    std::sort(Files.begin(), Files.end());
    for (const auto &F : Files) {
      auto Buf = llvm::MemoryBuffer::getFile(F);
      ASSERT_TRUE(static_cast<bool>(Buf)) << F;
      SCOPED_TRACE(F);
      T.Run(reinterpret_cast<const uint8_t *>((*Buf)->getBufferStart()),
            (*Buf)->getBufferSize()); // a crash or a sanitizer report fails the test
      ++Inputs;
    }
  }
  EXPECT_GT(Inputs, 0u) << "fuzz/regressions/ holds no inputs";
}

} // namespace
} // namespace wslint::fuzz
