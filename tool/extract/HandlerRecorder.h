// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// Code the libraries run on the client's behalf: close and fail handlers and delegates
// registered on a socket, callbacks a library retry scheduler runs (HandlerFact), and a
// server's per-request callbacks and overrides (PerRequestFact).
#pragma once

#include "CallReader.h"
#include "PlaceReader.h"

#include "llvm/ADT/STLFunctionalExtras.h"

namespace wslint {
namespace extract {

class HandlerRecorder {
public:
  HandlerRecorder(TUContext &TU, const PlaceReader &Places, const CallReader &Calls)
      : TU(TU), Places(Places), Calls(Calls) {}

  /// A server registration whose callback runs once per request (matched by its own
  /// class, like delays: a server is not a socket).
  void onPerRequest(const CallView &C);
  /// An override of a server's per-request method (POCO's HTTPRequestHandler::handleRequest).
  void addPerRequestOverride(const CXXMethodDecl *MD);
  /// A library retry scheduler of L (lws_retry_sul_schedule…) called by C: its callbacks,
  /// and the wait it makes before them (a delay with the policy's backoff).
  void onRetryScheduler(const LibraryRules &L, const CallView &C);
  /// A registration of one of Rules (a library's close or message handlers) called by C,
  /// on the socket SocketOf(pattern) names.
  /// Bind(handlers, the registration's socket expression, the socket's slot) hears of the
  /// handler functions found in this TU.
  void onHandler(
      const std::vector<HandlerRule> &Rules, bool Message, const CallView &C,
      llvm::function_ref<Slot(const CallPattern &)> SocketOf,
      llvm::function_ref<void(llvm::ArrayRef<const Decl *>, const Expr *, const Slot &)> Bind);

private:
  TUContext &TU;
  const PlaceReader &Places;
  const CallReader &Calls;
};

} // namespace extract
} // namespace wslint
