// SPDX-License-Identifier: Apache-2.0
// Finding and loading the compilation database (internal to the driver).
#pragma once

#include "Driver.h"

#include "clang/Tooling/CompilationDatabase.h"

#include <memory>
#include <string>

namespace wslint {
namespace cli {

/// A C, C++ or Objective-C source file, by its extension.
bool isSourceFile(llvm::StringRef Path);

/// The database -p names, else the nearest compile_commands.json or compile_flags.txt here
/// or above, or in build/, out/ or cmake-build-*/. Null with Error set when there is none;
/// Found: the directory it came from.
std::unique_ptr<clang::tooling::CompilationDatabase>
loadDatabase(const DriverOptions &Opts, std::string &Error, std::string &Found);

} // namespace cli
} // namespace wslint
