// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// What a function does with one of its locals: assigns it again, lets what it holds
// escape, or gives it a value once.
#pragma once

#include "TUContext.h"

namespace wslint {
namespace extract {

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
  /// The body of the function, method or block a local is declared in.
  static const Stmt *bodyAround(const VarDecl *VD);

private:
  TUContext &TU;
  mutable llvm::DenseMap<const VarDecl *, bool> Reassigned, Escaping;
};

} // namespace extract
} // namespace wslint
