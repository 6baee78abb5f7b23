// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// What every extractor component shares for one translation unit, as Clang's SemaBase is
// what every part of Sema shares: the AST, the rules, the options, which code is the
// user's, the facts being written, and which library a type belongs to. The components
// (Places, Calls, SlotFlow, …; see Extractor.cpp) each hold a reference to it.
#pragma once

#include "AstUtil.h"
#include "Extractor.h"

#include "clang/AST/RecursiveASTVisitor.h"

#include <map>

namespace wslint {
namespace extract {

class TUContext {
public:
  TUContext(const RuleSet &Rules, const ExtractOptions &Opts, TUFacts &Out);

  const RuleSet &Rules;
  const ExtractOptions &Opts;
  /// The facts of this TU, as the components find them.
  TUFacts &Out;

  /// The TU's AST: set once it is parsed, before any component reads a node.
  ASTContext &ast() const { return *Ctx; }
  void setAST(ASTContext &C) { Ctx = &C; }
  void setOwnership(const CodeOwnership &O) { Owner = &O; }

  /// Where a node sits, as facts spell it: file relative to the root, line, column.
  SourceLoc loc(SourceLocation L) const;
  /// Is L in library code (a system header, a header from outside the project, a path
  /// the config says holds a library)?
  bool isLibraryCode(SourceLocation L) const { return Owner->isLibrary(L); }
  /// The code of E as written, on one line and at most 120 characters.
  std::string sourceText(const Expr *E) const;

  /// The library whose socket type T is (or derives from), if any.
  const LibraryRules *libraryOfType(QualType T) const;
  /// The library of a type that holds a socket: a reference, a pointer or a smart pointer
  /// to one.
  const LibraryRules *libraryOfHolder(QualType T) const;
  const LibraryRules *libraryOfRecord(const CXXRecordDecl *RD) const;
  /// The library whose socket type is named Name (qualified, no template arguments).
  const LibraryRules *libraryNamed(const std::string &Name) const;
  bool isSocketType(QualType T) const { return libraryOfType(T) != nullptr; }
  /// `socket.accessor()` for an accessor its library's rules list (Drogon's getConnection).
  bool isAccessorCall(const CXXMemberCallExpr *MC) const;
  /// A field of a library's event struct that holds the socket the event is about
  /// (EventCallbackRule::SocketField: Emscripten's `e->socket`).
  bool isEventSocketField(const FieldDecl *FD) const;

private:
  ASTContext *Ctx = nullptr;
  const CodeOwnership *Owner = nullptr;
  std::map<std::string, const LibraryRules *> TypeToLibrary;
};

/// A visitor of the TU's own code, lambdas included: declarations in library code are
/// skipped whole.
template <class Derived> class OwnCodeVisitor : public RecursiveASTVisitor<Derived> {
public:
  explicit OwnCodeVisitor(const TUContext &TU) : TU(TU) {}
  bool shouldVisitLambdaBody() const { return true; }
  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D) && TU.isLibraryCode(D->getLocation()))
      return true;
    return RecursiveASTVisitor<Derived>::TraverseDecl(D);
  }

protected:
  const TUContext &TU;
};

} // namespace extract
} // namespace wslint
