// SPDX-License-Identifier: Apache-2.0
#include "BindingRecorder.h"

namespace wslint {
namespace extract {

/// Records which slot each socket-typed reference or pointer argument of a user
/// function call stands for (see SlotBinding).
/// Callee: a function or an Objective-C method.
void BindingRecorder::addBindings(const Decl *Callee, llvm::ArrayRef<const Expr *> Args,
                                  const Expr *Call) {
  if (!Callee || TU.isLibraryCode(Callee->getLocation()) ||
      TU.isLibraryCode(Call->getBeginLoc()))
    return;
  llvm::ArrayRef<ParmVarDecl *> Params = parametersOf(Callee);
  unsigned N = std::min<unsigned>(Args.size(), Params.size());
  for (unsigned I = 0; I < N; ++I) {
    const ParmVarDecl *P = Params[I];
    // References, pointers and smart pointers to a socket (by value or not) hand the
    // caller's socket to the helper (test-inputs/identity/identity-evidence-in-helpers).
    // A C out-parameter (`struct lws **out`) is no socket type, but a parameter this TU
    // already saw a socket opened into (test-inputs/fanout/fanout-helper-out-parameter-in-loop).
    // A library's opaque handle (`CURL *`) may be a socket's: it binds like a reference,
    // and counts only when the argument is a socket's slot
    // (test-inputs/identity/identity-opaque-handle-helpers).
    if (!isHandle(P->getType()) ||
        (!TU.libraryOfHolder(P->getType()) && !holdsSite(Slots.paramKey(P)) &&
         !isOpaqueLibraryHandle(P->getType())))
      continue;
    Context Where = Places.contextOf(DynTypedNode::create(*Call));
    addBinding(Slots.paramKey(P), Slots.slotOf(Args[I], Where), Call, Where);
  }
}

/// A pointer to a type a library declares but never defines for its users: a typedef of
/// void (libcurl's `CURL`) or a struct left incomplete (libwebsockets' `struct lws`). A plain
/// `void *` is no handle of anyone's.
bool BindingRecorder::isOpaqueLibraryHandle(QualType T) const {
  const auto *PT = T.getNonReferenceType()->getAs<PointerType>();
  if (!PT)
    return false;
  QualType Pointee = PT->getPointeeType();
  if (const auto *TT = Pointee->getAs<TypedefType>())
    return Pointee->isVoidType() && TU.isLibraryCode(TT->getDecl()->getLocation());
  if (const auto *RT = Pointee->getAs<RecordType>())
    return !RT->getDecl()->getDefinition() && TU.isLibraryCode(RT->getDecl()->getLocation());
  return false;
}

bool BindingRecorder::holdsSite(const std::string &ParamKey) const {
  return std::any_of(TU.Out.Sites.begin(), TU.Out.Sites.end(),
                     [&](const SocketSite &S) { return S.Holder.USR == ParamKey; });
}

/// A callback handed to a socket's own method that takes a socket of the same library
/// receives that socket: Drogon's connectToServer callback gets its client
/// (test-inputs/libraries/drogon/drogon-disable-ping).
void BindingRecorder::bindCallbackSockets(const LibraryRules &L, const CallView &C,
                                          const Context &Where) {
  Slot Object = Slots.slotOf(C.Object, Where);
  if (Object.Kind == SlotKind::Temporary)
    return;
  for (const Decl *F : Calls.handlerFunctions(C, -1))
    for (const ParmVarDecl *P : parametersOf(F))
      if (refersToSocketOf(L, P->getType()))
        addBinding(Slots.paramKey(P), Object, C.E, Where);
}

/// A reference or pointer (C++ or Objective-C) to a socket of L, or a smart pointer to one.
bool BindingRecorder::refersToSocketOf(const LibraryRules &L, QualType T) const {
  return TU.libraryOfHolder(T) == &L &&
         (T->isReferenceType() || T->isPointerType() || T->isObjCObjectPointerType());
}

/// A close or message handler gets the socket it was registered on: a parameter that is a
/// socket of L, or a pointer to what the registration's socket expression points to (a
/// libsoup signal handler's `SoupWebsocketConnection *self`; not its `GBytes *message`)
/// receives it (test-inputs/libraries/libsoup/libsoup-one-exchange,
/// test-inputs/libraries/socketrocket/socketrocket-one-exchange).
void BindingRecorder::bindHandlerSockets(const LibraryRules &L,
                                         llvm::ArrayRef<const Decl *> Handlers,
                                         const Expr *SocketExpr, const Slot &Socket,
                                         const Expr *Call, const Context &Where) {
  auto PointeeOf = [](QualType T) {
    T = T.getNonReferenceType();
    if (const auto *OP = T->getAs<ObjCObjectPointerType>())
      return OP->getPointeeType().getCanonicalType().getUnqualifiedType();
    if (const auto *PT = T->getAs<PointerType>())
      return PT->getPointeeType().getCanonicalType().getUnqualifiedType();
    return QualType();
  };
  QualType Pointee =
      SocketExpr ? PointeeOf(SocketExpr->IgnoreParenImpCasts()->getType()) : QualType();
  for (const Decl *F : Handlers)
    for (const ParmVarDecl *P : parametersOf(F)) {
      QualType T = P->getType();
      bool SameType = !Pointee.isNull() && !Pointee->isVoidType() && PointeeOf(T) == Pointee;
      if (refersToSocketOf(L, T) || SameType)
        addBinding(Slots.paramKey(P), Socket, Call, Where);
    }
}

/// Emscripten hands each callback an event whose `socket` field is the socket it was
/// registered on: `e->socket` in the callback is that socket (SlotFlow reads it as the
/// parameter `e`), so the parameter binds to the registration's socket
/// (test-inputs/libraries/emscripten/emscripten-event-socket).
void BindingRecorder::bindEventSockets(const EventCallbackRule &E, const CallView &C,
                                       Slot Socket, const Context &Where) {
  if (Socket.USR.empty())
    return;
  for (const Decl *F : Calls.handlerFunctions(C, E.Call.SocketArg))
    for (const ParmVarDecl *P : parametersOf(F)) {
      const RecordDecl *RD = P->getType()->getPointeeType().isNull()
                                 ? nullptr
                                 : P->getType()->getPointeeType()->getAsRecordDecl();
      if (RD && std::any_of(RD->field_begin(), RD->field_end(), [&](const FieldDecl *FD) {
            return FD->getName() == E.SocketField && TU.isEventSocketField(FD);
          }))
        addBinding(Slots.paramKey(P), Socket, C.E, Where);
    }
}

void BindingRecorder::addBinding(std::string Key, Slot Arg, const Expr *Call,
                                 const Context &Where) {
  if (Arg.Kind == SlotKind::Temporary)
    return;
  // A handler registered by a method of the socket is seen both as a callback handed to
  // the socket (bindCallbackSockets) and as a handler (bindHandlerSockets): one binding.
  if (!Bound.insert({Key, Arg.USR, Call}).second)
    return;
  SlotBinding B;
  B.ParamUSR = std::move(Key);
  B.Arg = std::move(Arg);
  B.Caller = usrOf(Where.Function);
  B.Loc = TU.loc(Call->getBeginLoc());
  B.In = Places.placementOf(Where);
  TU.Out.Bindings.push_back(std::move(B));
}

/// A getter defined here: each slot it hands back stands behind its getter key, so that
/// calls on its result, in any TU, act on that slot (SlotBinding).
void BindingRecorder::addGetterBindings(const FunctionDecl *FD) {
  if (!Slots.isGetterLike(FD))
    return;
  for (Slot &S : Slots.heldReturnSlots(FD)) {
    SlotBinding B;
    B.ParamUSR = Slots.getterKey(FD);
    B.Arg = std::move(S);
    B.Caller = usrOf(FD);
    B.Loc = TU.loc(FD->getLocation());
    TU.Out.Bindings.push_back(std::move(B));
  }
}

/// Records where the caller keeps what a user function returns, so that a socket the
/// function returns resolves to the caller's slot (see SlotBinding).
void BindingRecorder::addReturnBinding(const FunctionDecl *Callee, const CallExpr *Call) {
  if (!Callee || Callee->getReturnType()->isVoidType() ||
      TU.isLibraryCode(Callee->getLocation()) || TU.isLibraryCode(Call->getBeginLoc()))
    return;
  Context Where = Places.contextOf(DynTypedNode::create(*Call));
  addBinding(Slots.returnKey(Callee), Slots.resultSlot(Call, Where), Call, Where);
}

} // namespace extract
} // namespace wslint
