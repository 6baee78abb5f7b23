// SPDX-License-Identifier: Apache-2.0
// The only part of wslint that sees Clang's AST: turns one parsed translation unit into
// Facts, using AST matchers built from the rules.
#pragma once

#include "../core/Config.h"
#include "../core/Facts.h"
#include "../core/Rules.h"

#include <memory>
#include <string>
#include <vector>

namespace clang {
class ASTConsumer;
class ASTContext;
namespace tooling {
class CompilationDatabase;
}
} // namespace clang

namespace wslint {

struct ExtractOptions {
  std::string Root; ///< project root: paths in facts are relative to it
  /// Globs (relative to Root) of library sources inside the project: library code.
  std::vector<std::string> LibraryGlobs;
  /// Globs of files that are the user's although they look like a library's copy.
  std::vector<std::string> OwnCodeGlobs;
  /// Directory with Clang's builtin headers (stddef.h, …); added to commands lacking one.
  std::string ResourceDir;
  /// Skip the bodies of functions in system headers (the facts never need them). Off only
  /// to prove that (tests/ScenarioTest.cpp, FactsMatchFullParse).
  bool SkipLibraryBodies = true;

  /// What the project's config says about extraction: its root and its library sources.
  static ExtractOptions forConfig(const Config &Cfg) {
    ExtractOptions O;
    O.Root = Cfg.Root;
    O.LibraryGlobs = Cfg.Library;
    O.OwnCodeGlobs = Cfg.OwnCode;
    return O;
  }
};

/// An AST consumer that fills Out with the facts of the TU it is given.
std::unique_ptr<clang::ASTConsumer> makeFactsConsumer(const RuleSet &Rules,
                                                      const ExtractOptions &Opts,
                                                      TUFacts &Out);

/// Fills Out with the facts of a TU another tool has parsed (the clang-tidy plugin). The
/// host decides what was parsed, so library bodies may be present; the facts do not depend
/// on them (Scenario.FactsMatchFullParse).
void extractFromAST(clang::ASTContext &Ctx, const RuleSet &Rules, const ExtractOptions &Opts,
                    TUFacts &Out);

/// Parses File with its command from DB and returns its facts. Parse errors are recorded
/// in the facts (Complete = false, Errors); they never abort the run.
TUFacts extractFile(const clang::tooling::CompilationDatabase &DB, const std::string &File,
                    const RuleSet &Rules, const ExtractOptions &Opts);

} // namespace wslint
