// SPDX-License-Identifier: Apache-2.0
#include "Prefilter.h"

#include "clang/Basic/LangOptions.h"
#include "clang/Lex/Lexer.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/DependencyScanning/DependencyScanningService.h"
#include "clang/Tooling/DependencyScanning/DependencyScanningTool.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"

#include <map>
#include <mutex>

namespace wslint {

using namespace clang::tooling::dependencies;

struct Prefilter::Impl {
  /// A GlobPattern refers to the text it was made from: the texts live here.
  std::vector<std::string> GlobTexts;
  std::vector<llvm::GlobPattern> Globs;
  std::string ResourceDir;
  DependencyScanningService Service{ScanningMode::DependencyDirectivesScan,
                                    ScanningOutputFormat::Full};
  std::mutex IdentifiersMutex;
  std::map<std::string, std::shared_ptr<const llvm::StringSet<>>> Identifiers;
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

/// The identifiers of a file, lexed once per run (null when it cannot be read).
static std::shared_ptr<const llvm::StringSet<>> identifiersOf(Prefilter::Impl &P,
                                                              const std::string &File);

bool Prefilter::mentionsAny(const std::string &File,
                            const std::set<std::string> &Names) const {
  auto Ids = identifiersOf(*P, File);
  if (!Ids)
    return true; // unreadable: never skip on doubt
  return std::any_of(Names.begin(), Names.end(),
                     [&](const std::string &N) { return Ids->contains(N); });
}

std::vector<std::string> Prefilter::identifiers(const std::string &File) const {
  std::vector<std::string> Out;
  if (auto Ids = identifiersOf(*P, File))
    for (const auto &E : *Ids)
      Out.push_back(E.getKey().str());
  std::sort(Out.begin(), Out.end());
  return Out;
}

static std::shared_ptr<const llvm::StringSet<>> identifiersOf(Prefilter::Impl &P,
                                                              const std::string &File) {
  {
    std::lock_guard<std::mutex> Lock(P.IdentifiersMutex);
    if (auto It = P.Identifiers.find(File); It != P.Identifiers.end())
      return It->second;
  }
  auto Buf = llvm::MemoryBuffer::getFile(File);
  if (!Buf)
    return nullptr;
  auto Set = std::make_shared<llvm::StringSet<>>();
  clang::LangOptions Lang;
  Lang.CPlusPlus = Lang.CPlusPlus11 = Lang.ObjC = 1;
  llvm::StringRef Text = (*Buf)->getBuffer();
  clang::Lexer L(clang::SourceLocation(), Lang, Text.begin(), Text.begin(), Text.end());
  clang::Token T;
  do {
    L.LexFromRawLexer(T);
    if (T.is(clang::tok::raw_identifier))
      Set->insert(T.getRawIdentifier());
  } while (T.isNot(clang::tok::eof));
  std::lock_guard<std::mutex> Lock(P.IdentifiersMutex);
  return P.Identifiers.emplace(File, std::move(Set)).first->second;
}

} // namespace wslint
