// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// What a function does with one of its locals: assigns it again, lets what it holds
// escape, or gives it a value once.
#pragma once

#include "TUContext.h"

#include <optional>
#include <vector>

namespace wslint {
namespace extract {

/// One part a string builder is given: the text Prefix, then Value's (no Value: a part
/// the code does not state).
struct AppendedPart {
  const Expr *Value = nullptr;
  llvm::StringRef Prefix;
};

/// Reads a local's life in its function (each answer computed once per local).
class LocalReader {
public:
  explicit LocalReader(TUContext &TU) : TU(TU) {}

  /// Is the local assigned again, reset, swapped, appended to, or its address taken?
  bool isReassigned(const VarDecl *VD) const;
  /// Does what the local holds outlive it (moved, stored, returned, captured by copy)?
  bool escapes(const VarDecl *VD) const;
  /// The value of the one plain assignment to a local, or null.
  const Expr *onlyAssignment(const VarDecl *VD) const;
  /// What a local string, string stream, QUrl or QUrlQuery is given after its
  /// declaration, when its function only appends to it: the parts of each `s += x`,
  /// `s.append(x)`, `ss << a << b`, `url.setQuery(q)` and `q.addQueryItem(k, v)` before
  /// Before, in source order; a part with no value for what is appended in an arm of a
  /// branch (there on some paths only). nullopt when the local is changed any
  /// other way, handed on where it can be changed, or appended to on rounds of a loop it is
  /// not declared in (test-inputs/endpoints/endpoint-appended-parts).
  std::optional<std::vector<AppendedPart>> appendedParts(const VarDecl *VD,
                                                         SourceLocation Before) const;
  /// Is T a string, string stream, QUrl or QUrlQuery (what appendedParts reads)?
  static bool holdsText(QualType T);
  /// Does this use of a value leave it as it is (a const method's object, a copy, an
  /// argument for a value or const reference parameter)?
  bool leavesUnchanged(const Expr *Ref) const;
  /// The body of the function, method or block a local is declared in.
  static const Stmt *bodyAround(const VarDecl *VD);

private:
  TUContext &TU;
  mutable llvm::DenseMap<const VarDecl *, bool> Reassigned, Escaping;
};

} // namespace extract
} // namespace wslint
