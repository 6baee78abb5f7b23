// SPDX-License-Identifier: Apache-2.0
#include "TUContext.h"

#include "clang/Lex/Lexer.h"

namespace wslint {
namespace extract {

TUContext::TUContext(const RuleSet &Rules, const ExtractOptions &Opts, TUFacts &Out)
    : Rules(Rules), Opts(Opts), Out(Out) {
  for (const auto &L : Rules.Libraries)
    for (const auto &T : L.SocketTypes)
      TypeToLibrary.emplace(T, &L);
}

SourceLoc TUContext::loc(SourceLocation L) const {
  const SourceManager &SM = ast().getSourceManager();
  SourceLocation F = SM.getFileLoc(L);
  PresumedLoc P = SM.getPresumedLoc(F);
  if (P.isInvalid())
    return {};
  return {projectPath(SM, P.getFilename(), Opts.Root), P.getLine(), P.getColumn()};
}

const LibraryRules *TUContext::libraryOfType(QualType T) const {
  for (const ObjCInterfaceDecl *I = objcInterfaceOf(T); I; I = I->getSuperClass())
    if (auto It = TypeToLibrary.find(I->getName().str()); It != TypeToLibrary.end())
      return It->second;
  const CXXRecordDecl *RD = pointeeRecord(T);
  return RD ? libraryOfRecord(RD) : nullptr;
}

bool TUContext::isAccessorCall(const CXXMemberCallExpr *MC) const {
  const CXXMethodDecl *M = MC->getMethodDecl();
  if (!M || !M->getIdentifier() || !MC->getImplicitObjectArgument())
    return false;
  const LibraryRules *L = libraryOfType(MC->getImplicitObjectArgument()->getType());
  return L && std::find(L->Accessors.begin(), L->Accessors.end(), M->getName()) !=
                  L->Accessors.end();
}

bool TUContext::isEventSocketField(const FieldDecl *FD) const {
  if (!FD->getIdentifier() || !isLibraryCode(FD->getLocation()))
    return false;
  for (const auto &L : Rules.Libraries)
    for (const auto &E : L.EventCallbacks)
      if (FD->getName() == E.SocketField)
        return true;
  return false;
}

// Drogon hands callbacks a `const WebSocketClientPtr &`.
const LibraryRules *TUContext::libraryOfHolder(QualType T) const {
  T = T.getNonReferenceType();
  if (QualType Pointee = isSmartPointer(T) ? firstTypeArgument(T) : QualType();
      !Pointee.isNull())
    return libraryOfType(Pointee);
  return libraryOfType(T);
}

const LibraryRules *TUContext::libraryOfRecord(const CXXRecordDecl *RD) const {
  return findInRecordOrBases<const LibraryRules *>(RD, [&](const CXXRecordDecl *R) {
    auto It = TypeToLibrary.find(recordTemplateName(R));
    return It == TypeToLibrary.end() ? nullptr : It->second;
  });
}

const LibraryRules *TUContext::libraryNamed(const std::string &Name) const {
  auto It = TypeToLibrary.find(Name);
  return It == TypeToLibrary.end() ? nullptr : It->second;
}

std::string TUContext::sourceText(const Expr *E) const {
  const SourceManager &SM = ast().getSourceManager();
  CharSourceRange R = CharSourceRange::getTokenRange(SM.getFileLoc(E->getBeginLoc()),
                                                     SM.getFileLoc(E->getEndLoc()));
  std::string S = Lexer::getSourceText(R, SM, ast().getLangOpts()).str();
  // One line, bounded: this lands in messages.
  std::string Flat;
  bool Space = false;
  for (char C : S) {
    if (C == '\n' || C == '\t' || C == '\r' || C == ' ') {
      Space = !Flat.empty() && Flat.back() != '(';
      continue;
    }
    if (Space && C != ')')
      Flat += ' ';
    Space = false;
    Flat += C;
  }
  if (Flat.size() > 120)
    Flat = Flat.substr(0, 117) + "...";
  return Flat;
}

} // namespace extract
} // namespace wslint
