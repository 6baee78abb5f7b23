// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// Slots and value flow: which field, variable or getter holds the socket an expression
// names (aliases, getters, factories, results and parameters), and which slot receives the
// value an expression produces.
#pragma once

#include "BoundaryComments.h"
#include "CallReader.h"
#include "PlaceReader.h"

#include <optional>

namespace wslint {
namespace extract {

/// Follows expressions to the slots that hold their sockets.
class SlotFlow {
public:
  SlotFlow(TUContext &TU, const PlaceReader &Places, const LocalReader &Locals,
           const BoundaryComments &Comments)
      : TU(TU), Places(Places), Locals(Locals), Comments(Comments) {}

  /// The field, variable, element or getter holding the socket E names (a temporary slot
  /// when nothing does).
  Slot slotOf(const Expr *E, const Context &Where, unsigned Depth = 0) const;
  /// The slot that receives the value E produces.
  Slot resultSlot(const Expr *E, const Context &Where) const;
  /// The socket a call of pattern P acts on: its object, an argument, or its result.
  Slot slotFor(const CallPattern &P, const CallView &C, const Context &Where) const;
  /// The slot of a socket nothing names: its opening call.
  Slot unnamedSocketSlot(const CallView &C, const Context &Where) const;

  /// A user function returning a reference, pointer or smart pointer to a socket.
  bool isGetterLike(const FunctionDecl *FD) const;
  /// The slots a getter hands back, when they outlive the call.
  std::vector<Slot> heldReturnSlots(const FunctionDecl *FD, unsigned Depth = 0) const;
  /// The key a getter's result is bound under (SlotBinding::ParamUSR).
  static std::string getterKey(const FunctionDecl *FD);
  /// The key of a socket parameter: its function and position.
  static std::string paramKey(const ParmVarDecl *P);
  /// The key of what a function returns.
  static std::string returnKey(const Decl *FD);

private:
  static const Expr *elementContainer(const Expr *E);
  Slot propertySlot(const ObjCPropertyDecl *PD, const Context &Where) const;
  static Slot getterSlot(const FunctionDecl *FD);
  std::optional<Slot> aliasedSlot(const VarDecl *VD, const Context &Where,
                                  unsigned Depth) const;
  std::optional<Slot> storedSlot(const VarDecl *VD, const Context &Where, unsigned Depth) const;
  const Stmt *rangeForOf(const VarDecl *VD) const;
  Slot slotForDecl(const NamedDecl *D, SlotKind K, const Context &Where) const;
  /// USR of the project's subclass of a socket type whose object a slot of type T holds
  /// (Slot::Holds), or "".
  std::string heldClass(QualType T) const;
  static SlotKind varKind(const VarDecl *VD);

  TUContext &TU;
  const PlaceReader &Places;
  const LocalReader &Locals;
  const BoundaryComments &Comments;
  mutable llvm::DenseMap<const FunctionDecl *, std::vector<Slot>> HeldReturns;
};

} // namespace extract
} // namespace wslint
