// SPDX-License-Identifier: Apache-2.0
#include "Database.h"
#include "../core/Support.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>

namespace wslint {
namespace cli {

bool isSourceFile(llvm::StringRef Path) {
  llvm::StringRef Ext = llvm::sys::path::extension(Path);
  return Ext == ".c" || Ext == ".cc" || Ext == ".cpp" || Ext == ".cxx" || Ext == ".c++" ||
         Ext == ".C" || Ext == ".m" || Ext == ".mm";
}

std::unique_ptr<clang::tooling::CompilationDatabase>
loadDatabase(const DriverOptions &Opts, std::string &Error, std::string &Found) {
  std::string Msg;
  if (!Opts.BuildDir.empty()) {
    if (!llvm::sys::fs::is_directory(Opts.BuildDir)) {
      Error = Opts.BuildDir + ": not a directory (-p names the build directory that holds "
                              "compile_commands.json)";
      return nullptr;
    }
    auto DB = clang::tooling::CompilationDatabase::loadFromDirectory(Opts.BuildDir, Msg);
    if (!DB)
      Error = Opts.BuildDir + ": no usable compile_commands.json or compile_flags.txt (" + Msg +
              "); configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON or pass -p";
    Found = Opts.BuildDir;
    return DB;
  }
  // This directory and its parents, then the usual build folders, as clangd and IDEs look
  // (pre-commit runs from the repo root).
  std::vector<std::string> Candidates;
  for (std::string D = absolutePath("."); !D.empty();
       D = std::string(llvm::sys::path::parent_path(D))) {
    Candidates.push_back(D);
    if (D == llvm::sys::path::parent_path(D))
      break;
  }
  std::vector<std::string> Builds = {"build", "out"};
  std::error_code EC;
  std::vector<std::string> CMakeBuilds;
  for (llvm::sys::fs::directory_iterator It(".", EC), End; It != End && !EC; It.increment(EC))
    if (llvm::sys::path::filename(It->path()).starts_with("cmake-build-"))
      CMakeBuilds.push_back(std::string(llvm::sys::path::filename(It->path())));
  std::sort(CMakeBuilds.begin(), CMakeBuilds.end());
  Builds.insert(Builds.end(), CMakeBuilds.begin(), CMakeBuilds.end());
  for (const auto &B : Builds)
    Candidates.push_back(absolutePath(B));
  for (const auto &Dir : Candidates) {
    for (const char *Name : {"compile_commands.json", "compile_flags.txt"}) {
      llvm::SmallString<128> P(Dir);
      llvm::sys::path::append(P, Name);
      if (!llvm::sys::fs::exists(P))
        continue;
      if (auto DB = clang::tooling::CompilationDatabase::loadFromDirectory(Dir, Msg)) {
        Found = Dir;
        return DB;
      }
    }
  }
  Error = "no compile_commands.json here, above, or in build/, out/ or cmake-build-*/: "
          "configure the build with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON (CMake), generate one "
          "with `bear -- make`, or pass -p BUILD_DIR";
  return nullptr;
}

} // namespace cli
} // namespace wslint
