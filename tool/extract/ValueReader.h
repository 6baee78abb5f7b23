// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// Values the code states: strings built from parts, option structs and their fields, and
// conditions that are settings.
#pragma once

#include "LocalReader.h"

#include <set>

#include <map>
#include <optional>

namespace wslint {
namespace extract {

/// A string as the code builds it: literal parts kept, parts it cannot know written "…".
struct BuiltString {
  std::string Text;
  bool Complete = true; ///< no unknown part
  bool Known = false;   ///< at least one literal part
  void gap();
  void append(const BuiltString &B);
};

/// Value categories of an option struct's fields, by field name ("a.b" for a nested one).
using FieldValues = std::map<std::string, std::string>;

/// Reads the values the code states around an opening or configuring call.
class ValueReader {
public:
  ValueReader(TUContext &TU, const LocalReader &Locals) : TU(TU), Locals(Locals) {}

  /// A string-like expression as the code builds it (test-inputs/endpoints/endpoint-built-from-parts).
  BuiltString builtString(const Expr *E, unsigned Depth = 0) const;
  /// "true", "false", "none", "zero", "positive", "negative", or "unknown".
  std::string fieldValue(const Expr *E, const HeartbeatRule &H) const;
  /// Does a value category satisfy what a rules requirement wants?
  static bool satisfies(const std::string &Value, const std::string &Want);
  /// Field values of an option struct expression, or nullopt when they cannot be known.
  std::optional<FieldValues> structValue(const Expr *E, const HeartbeatRule &H,
                                         SourceLocation Before, unsigned Depth = 0) const;
  /// `var.field = value;` statements of var's function before Before, in source order.
  std::vector<std::pair<std::string, const Expr *>>
  fieldAssignments(const VarDecl *VD, SourceLocation Before) const;
  /// `object.field = value;` statements of Body before Before, where object names what
  /// Object names (a variable or a field path from one).
  std::vector<std::pair<std::string, const Expr *>>
  fieldAssignments(const Expr *Object, const Stmt *Body, SourceLocation Before) const;
  /// "<global's USR>.field.field" for a global or a field path from one; else empty.
  std::string globalPath(const Expr *E) const;
  /// The one value the TU's code stores in a field of a global object, or null.
  const Expr *globalFieldValue(const std::string &Path) const;
  /// Does the condition test a setting of the program rather than an outcome?
  bool isFlag(const Expr *E) const;
  /// What a local variable holds where E names it: its initializer, or its one plain
  /// assignment; E itself when it names no local.
  const Expr *definingValue(const Expr *E) const;

private:
  std::vector<std::pair<std::string, const Expr *>>
  fieldAssignmentsWhere(const Stmt *Body, SourceLocation Before,
                        llvm::function_ref<bool(const Expr *)> IsObject) const;
  BuiltString builtField(const FieldDecl *FD, unsigned Depth) const;
  BuiltString builtArg(const CXXMemberCallExpr *MC, unsigned Depth) const;
  BuiltString builtObjCString(const ObjCMessageExpr *OM, unsigned Depth) const;
  void addFieldValue(FieldValues &V, const std::string &Name, const Expr *Value,
                     const HeartbeatRule &H, SourceLocation Before, unsigned Depth) const;
  void applyFieldAssignments(const VarDecl *VD, const HeartbeatRule &H, SourceLocation Before,
                             FieldValues &V) const;
  static bool isOutcome(const Expr *E);

  TUContext &TU;
  const LocalReader &Locals;
  mutable std::optional<std::map<std::string, std::vector<const Expr *>>> GlobalStores;
  /// The own code's constructions, by constructor (canonical); the classes it also makes
  /// where the arguments cannot be read (`make_shared<T>(…)`, `emplace_back(…)`).
  struct Constructions {
    std::map<const CXXConstructorDecl *, std::vector<const CXXConstructExpr *>> Of;
    std::set<const CXXRecordDecl *> Unread;
  };
  const Constructions &constructions() const;
  mutable std::optional<Constructions> Made;
};

} // namespace extract
} // namespace wslint
