// SPDX-License-Identifier: Apache-2.0
#include "Prefilter.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/DependencyScanning/DependencyScanningService.h"
#include "clang/Tooling/DependencyScanning/DependencyScanningTool.h"
#include "llvm/Support/GlobPattern.h"

namespace wslint {

using namespace clang::tooling::dependencies;

struct Prefilter::Impl {
  /// A GlobPattern refers to the text it was made from: the texts live here.
  std::vector<std::string> GlobTexts;
  std::vector<llvm::GlobPattern> Globs;
  std::string ResourceDir;
  DependencyScanningService Service{ScanningMode::DependencyDirectivesScan,
                                    ScanningOutputFormat::Full};
};

Prefilter::Prefilter(std::vector<std::string> HeaderGlobs, std::string ResourceDir)
    : P(std::make_unique<Impl>()) {
  P->ResourceDir = std::move(ResourceDir);
  P->GlobTexts = std::move(HeaderGlobs);
  for (const auto &G : P->GlobTexts)
    if (auto Pattern = llvm::GlobPattern::create(G))
      P->Globs.push_back(std::move(*Pattern));
    else
      llvm::consumeError(Pattern.takeError()); // rules files are validated when loaded
}

Prefilter::~Prefilter() = default;

llvm::Expected<std::vector<std::string>>
Prefilter::dependencies(const clang::tooling::CompileCommand &Command) const {
  std::vector<std::string> Args = Command.CommandLine;
  if (!P->ResourceDir.empty() &&
      std::none_of(Args.begin(), Args.end(), [](const std::string &A) {
        return llvm::StringRef(A).starts_with("-resource-dir");
      }))
    Args.insert(Args.begin() + 1, "-resource-dir=" + P->ResourceDir);
  // A tool per call: a tool holds a worker, which is not shared between threads.
  DependencyScanningTool Tool(P->Service);
  auto Deps = Tool.getTranslationUnitDependencies(
      Args, Command.Directory, {}, [](const ModuleID &, ModuleOutputKind) { return ""; });
  if (!Deps)
    return Deps.takeError();
  return std::move(Deps->FileDeps);
}

bool Prefilter::relevant(const std::vector<std::string> &Files) const {
  for (llvm::StringRef F : Files) {
    // Every suffix that starts after a '/': how the file could have been included.
    for (size_t Pos = 0; Pos != llvm::StringRef::npos; Pos = F.find('/', Pos + 1)) {
      llvm::StringRef Tail = F.drop_front(Pos).ltrim('/');
      for (const auto &G : P->Globs)
        if (G.match(Tail))
          return true;
    }
  }
  return false;
}

} // namespace wslint
