// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// Values an opening call reaches through its arguments (OpenCallRule's ArgPart): the handle
// it writes through a pointer, and the endpoint stated in parts (a URL, a host and path, a
// library's fields).
#pragma once

#include "CallReader.h"
#include "PlaceReader.h"
#include "SlotFlow.h"
#include "ValueReader.h"

namespace wslint {
namespace extract {

/// What an ArgPart reaches from a call: the expression that gives the value, and the type
/// of the object the argument names (for `type-contains`).
struct PartValue {
  const Expr *Value = nullptr;
  QualType ObjectType;
  /// The field is not set, but the struct was zeroed first (`= {}`, `memset(&s, 0, …)`).
  bool Zero = false;
};

class EndpointReader {
public:
  EndpointReader(TUContext &TU, const PlaceReader &Places, const CallReader &Calls,
                 const ValueReader &Values, const SlotFlow &Slots)
      : TU(TU), Places(Places), Calls(Calls), Values(Values), Slots(Slots) {}

  /// The slot an opening call writes the new socket's handle into (OpenCallRule::Out), or
  /// a temporary slot.
  Slot outSlot(const LibraryRules &L, const CallView &C, const Context &Where) const;
  /// Fills S's endpoint; false when a URL condition of the rule rules the call out.
  bool describeEndpoint(const LibraryRules &L, const OpenCallRule &O, const CallView &C,
                        SocketSite &S) const;

private:
  bool zeroedBefore(const VarDecl *VD, SourceLocation Before) const;
  PartValue partValue(const ArgPart &P, const CallView &C) const;
  void describeEndpointParts(const OpenCallRule &O, const CallView &C, SocketSite &S) const;
  void describeStartedEndpoint(const LibraryRules &L, const OpenCallRule &O, const CallView &C,
                               SocketSite &S) const;

  TUContext &TU;
  const PlaceReader &Places;
  const CallReader &Calls;
  const ValueReader &Values;
  const SlotFlow &Slots;
};

} // namespace extract
} // namespace wslint
