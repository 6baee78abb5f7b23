// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// Value flow between functions: which slot a socket parameter, a getter or a returned socket
// stands for at each call (SlotBinding), for the merge to carry slots across TUs.
#pragma once

#include "CallReader.h"
#include "PlaceReader.h"
#include "SlotFlow.h"

#include <set>
#include <tuple>

namespace wslint {
namespace extract {

/// Records the bindings that carry slots across calls.
class BindingRecorder {
public:
  BindingRecorder(TUContext &TU, const PlaceReader &Places, const CallReader &Calls,
                  const SlotFlow &Slots)
      : TU(TU), Places(Places), Calls(Calls), Slots(Slots) {}

  /// Which slot each socket-typed reference or pointer argument of a call of the user's
  /// function or Objective-C method stands for.
  void addBindings(const Decl *Callee, llvm::ArrayRef<const Expr *> Args, const Expr *Call);
  /// A callback handed to a socket's own method that takes a socket of the same library
  /// receives that socket.
  void bindCallbackSockets(const LibraryRules &L, const CallView &C, const Context &Where);
  /// A close or message handler of L registered on Socket: its parameters that are sockets
  /// of L receive that socket.
  /// SocketExpr: the registration's expression for the socket (its type is the socket's).
  void bindHandlerSockets(const LibraryRules &L, llvm::ArrayRef<const Decl *> Handlers,
                          const Expr *SocketExpr, const Slot &Socket, const Expr *Call,
                          const Context &Where);
  /// A callback registered on Socket by an event-callback call (E) gets an event struct
  /// whose E.SocketField is that socket: the callback's event parameter stands for it.
  void bindEventSockets(const EventCallbackRule &E, const CallView &C, Slot Socket,
                        const Context &Where);
  /// A getter defined here: the slots it hands back stand behind its getter key.
  void addGetterBindings(const FunctionDecl *FD);
  /// Where the caller keeps what a user function returns.
  void addReturnBinding(const FunctionDecl *Callee, const CallExpr *Call);

private:
  bool holdsSite(const std::string &ParamKey) const;
  bool refersToSocketOf(const LibraryRules &L, QualType T) const;
  bool isOpaqueLibraryHandle(QualType T) const;
  void addBinding(std::string Key, Slot Arg, const Expr *Call, const Context &Where);

  TUContext &TU;
  const PlaceReader &Places;
  const CallReader &Calls;
  const SlotFlow &Slots;
  /// (parameter key, slot, call) of each binding recorded.
  std::set<std::tuple<std::string, std::string, const Expr *>> Bound;
};

} // namespace extract
} // namespace wslint
