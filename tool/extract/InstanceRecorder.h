// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// Instances of the user's classes (InstantiationFact): where each is made, how long it
// lives, and the classes it covers (itself, its bases, what it owns).
#pragma once

#include "BoundaryComments.h"
#include "PlaceReader.h"
#include "SlotFlow.h"

#include <set>

namespace wslint {
namespace extract {

class InstanceRecorder {
public:
  InstanceRecorder(TUContext &TU, const PlaceReader &Places, const LocalReader &Locals,
                   const SlotFlow &Slots, const BoundaryComments &Comments)
      : TU(TU), Places(Places), Locals(Locals), Slots(Slots), Comments(Comments) {}

  /// An instance of a user class made by E: a construction, `new`, a standard factory,
  /// or an Objective-C `alloc`/`new`.
  void addInstantiation(const Expr *E);

private:
  void record(InstantiationFact &I, const Expr *E, const NamedDecl *Rec, const CXXRecordDecl *RD,
              const ObjCInterfaceDecl *ObjC, const Context &Where);
  /// Is E (part of) the initializer of a variable with static storage?
  bool initialisesStaticVariable(const Expr *E) const;
  const ObjCMessageExpr *enclosingMessage(const Expr *E) const;
  const Expr *initialised(const Expr *Alloc) const;
  bool handedToMessage(const Expr *E) const;
  void coverClasses(const ObjCInterfaceDecl *I, std::set<std::string> &Out,
                    unsigned Depth) const;
  const VarDecl *localNamed(const Slot &S, const Expr *E) const;
  static bool sharesItself(const CXXRecordDecl *RD);
  void coverRecords(const CXXRecordDecl *RD, std::set<std::string> &Out,
                    std::map<std::string, std::string> &Through, const std::string &Via,
                    unsigned Depth) const;
  bool sharesGiven(const CXXRecordDecl *RD, const FieldDecl *F) const;

  TUContext &TU;
  const PlaceReader &Places;
  const LocalReader &Locals;
  const SlotFlow &Slots;
  const BoundaryComments &Comments;
};

} // namespace extract
} // namespace wslint
