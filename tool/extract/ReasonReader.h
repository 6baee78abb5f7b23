// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// Close events a callback-style library delivers as a reason argument (libwebsockets'
// protocol callback and its LWS_CALLBACK_CLIENT_CLOSED): the code under such a reason is a
// close handler of the library's sockets.
#pragma once

#include "PlaceReader.h"

namespace wslint {
namespace extract {

/// Splits the code under each close reason out of its callback into a function node of its
/// own ("callback_minimal (LWS_CALLBACK_CLIENT_CLOSED)"): the facts made there move to it,
/// the callback calls it, and it is a close handler (HandlerFact::Event) of every socket of
/// the library the TU opens. Run once every other fact of the TU is made.
class ReasonReader {
public:
  ReasonReader(TUContext &TU, const PlaceReader &Places) : TU(TU), Places(Places) {}
  void finish();

private:
  /// Code under one reason: the callback (USR and name), the reason's enumerator, where
  /// its label is, and the half-open range [Begin, End) its statements cover.
  struct Region {
    std::string Function, FunctionName, Reason;
    SourceLoc Label, Begin, End;
  };
  void regionsOf(const LibraryRules &L, std::vector<Region> &Out) const;
  void splitOut(const LibraryRules &L, const Region &R);

  TUContext &TU;
  const PlaceReader &Places;
};

} // namespace extract
} // namespace wslint
