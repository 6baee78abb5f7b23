// SPDX-License-Identifier: Apache-2.0
// The setup every command starts from: the config, the rules, the check filter.
#include "../core/Support.h"
#include "Driver.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace wslint {

std::string defaultRulesDir() {
  // An installed wslint keeps its rules in <prefix>/share/wslint/rules; a build tree uses
  // the source tree's.
  std::string Exe = llvm::sys::fs::getMainExecutable(nullptr, (void *)&defaultRulesDir);
  if (!Exe.empty()) {
    llvm::SmallString<256> P(llvm::sys::path::parent_path(Exe));
    llvm::sys::path::append(P, "..", "share", "wslint", "rules");
    if (llvm::sys::fs::is_directory(P))
      return std::string(P);
  }
  return WSLINT_SOURCE_RULES_DIR;
}

namespace {

/// The deepest directory holding every file (absolute), or "." with no files.
std::string commonDirectory(const std::vector<std::string> &Files) {
  if (Files.empty())
    return ".";
  std::string Common = std::string(llvm::sys::path::parent_path(absolutePath(Files.front())));
  for (const auto &F : Files) {
    std::string Dir = std::string(llvm::sys::path::parent_path(absolutePath(F)));
    while (!Common.empty() && !(llvm::StringRef(Dir).starts_with(Common) &&
                                (Dir.size() == Common.size() || Dir[Common.size()] == '/')))
      Common = std::string(llvm::sys::path::parent_path(Common));
  }
  return Common.empty() ? "/" : Common;
}

} // namespace

llvm::Error loadSetup(const DriverOptions &Opts, Config &Cfg, RuleSet &Rules,
                      CheckFilter &Filter) {
  std::string File = Opts.ConfigFile;
  if (File.empty() && Opts.Root.empty()) {
    // Like .clang-tidy: the nearest one above the files analysed (their common directory),
    // else above the working directory.
    File = findConfigFile(commonDirectory(Opts.OnlyChanged ? Opts.ChangedFiles : Opts.Files));
  } else if (File.empty()) {
    // An explicit root is a project of its own: its config sits there or nowhere.
    llvm::SmallString<256> P(Opts.Root);
    llvm::sys::path::append(P, ".wslint.yaml");
    if (llvm::sys::fs::exists(P))
      File = std::string(P);
  }
  if (!File.empty()) {
    auto C = loadConfig(File);
    if (!C)
      return C.takeError();
    Cfg = std::move(*C);
    // A config named from outside the tree being analysed (a team's shared file) does not
    // move the project: its paths stay relative to the working directory, as without a
    // config. One above the working directory is the project's own, found or named.
    std::string Here = absolutePath(".");
    if (!Opts.ConfigFile.empty() && Opts.Root.empty() && !liesUnder(Here, Cfg.Root)) {
      if (Cfg.ProjectName == llvm::sys::path::filename(Cfg.Root))
        Cfg.ProjectName = std::string(llvm::sys::path::filename(Here));
      Cfg.Root = Here;
    }
  } else {
    Cfg = Config::defaultsFor(Opts.Root.empty() ? "." : Opts.Root);
  }
  if (!Opts.Root.empty())
    Cfg.Root = absolutePath(Opts.Root);
  auto RS =
      loadRules(Opts.RulesDir.empty() ? defaultRulesDir() : Opts.RulesDir, Cfg.rulesFiles());
  if (!RS)
    return RS.takeError();
  Rules = std::move(*RS);
  std::vector<std::string> Known = checkIds();
  auto F = CheckFilter::parse(Opts.Checks.empty() ? Cfg.Checks : Opts.Checks, Known);
  if (!F) {
    if (!Opts.Checks.empty())
      return inputError("--checks", 0, 0, llvm::toString(F.takeError()));
    return inputError(Cfg.File.empty() ? "config" : Cfg.File, Cfg.ChecksLine, Cfg.ChecksColumn,
                      llvm::toString(F.takeError()));
  }
  Filter = std::move(*F);
  return llvm::Error::success();
}

} // namespace wslint
