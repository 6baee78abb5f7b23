// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (tool/extract/Extractor.cpp includes it; nothing else may).
// Value flow between functions: which slot a socket parameter, a getter or a returned socket
// stands for at each call, and classes instantiated once per item.
#pragma once

#include "DelayReader.h"

namespace wslint {
namespace extract {

/// Records the bindings that carry slots across calls (SlotBinding) and per-item instances.
class BindingRecorder : public DelayReader {
public:
  using DelayReader::DelayReader;

  /// Records which slot each socket-typed reference or pointer argument of a user
  /// function call stands for (see SlotBinding).
  void addBindings(const FunctionDecl *Callee, llvm::ArrayRef<const Expr *> Args,
                   const Expr *Call) {
    if (!Callee || isLibraryCode(Callee->getLocation()) || isLibraryCode(Call->getBeginLoc()))
      return;
    unsigned N = std::min<unsigned>(Args.size(), Callee->getNumParams());
    for (unsigned I = 0; I < N; ++I) {
      const ParmVarDecl *P = Callee->getParamDecl(I);
      // References, pointers and smart pointers to a socket (by value or not) hand the
      // caller's socket to the helper (test-inputs/identity-evidence-in-helpers).
      if (!isHandle(P->getType()) || !libraryOfHolder(P->getType()))
        continue;
      Context Where = contextOf(DynTypedNode::create(*Call));
      addBinding(paramKey(P), slotOf(Args[I], Where), Call, Where);
    }
  }

  /// A callback handed to a socket's own method that takes a socket of the same library
  /// receives that socket: Drogon's connectToServer callback gets its client
  /// (test-inputs/drogon-disable-ping).
  void bindCallbackSockets(const LibraryRules &L, const CallView &C, const Context &Where) {
    Slot Object = slotOf(C.Object, Where);
    if (Object.Kind == SlotKind::Temporary)
      return;
    for (const FunctionDecl *F : handlerFunctions(C, -1))
      for (const ParmVarDecl *P : F->parameters())
        if (libraryOfHolder(P->getType()) == &L &&
            (P->getType()->isReferenceType() || P->getType()->isPointerType()))
          addBinding(paramKey(P), Object, C.E, Where);
  }

  /// Records a user class instantiated inside a repeating loop: a construction, or
  /// std::make_unique / make_shared / allocate_shared of it (whose construction happens
  /// inside the standard library).
  void addInstantiation(const Expr *E) {
    const CXXRecordDecl *RD = nullptr;
    if (const auto *CE = dyn_cast<CXXConstructExpr>(E)) {
      RD = CE->getConstructor()->getParent();
    } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
      const FunctionDecl *FD = Call->getDirectCallee();
      std::string Name = FD ? qualifiedName(FD) : "";
      if (std::find(std::begin(FactoryFunctions), std::end(FactoryFunctions), Name) ==
          std::end(FactoryFunctions))
        return;
      if (const auto *Args = FD->getTemplateSpecializationArgs();
          Args && Args->size() > 0 && Args->get(0).getKind() == TemplateArgument::Type)
        RD = Args->get(0).getAsType()->getAsCXXRecordDecl();
    }
    if (!RD || RD->isLambda() || isLibraryCode(RD->getLocation()) ||
        isLibraryCode(E->getBeginLoc()))
      return;
    Context Where = contextOf(DynTypedNode::create(*E));
    if (Where.LoopDepth == 0 || Where.InnermostLoopRunsOnce)
      return;
    Out.Instantiations.push_back(
        {usrOf(RD), qualifiedName(RD), usrOf(Where.Function), loc(E->getBeginLoc())});
  }

  void addBinding(std::string Key, Slot Arg, const Expr *Call, const Context &Where) {
    if (Arg.Kind == SlotKind::Temporary)
      return;
    SlotBinding B;
    B.ParamUSR = std::move(Key);
    B.Arg = std::move(Arg);
    B.Caller = usrOf(Where.Function);
    B.Loc = loc(Call->getBeginLoc());
    Out.Bindings.push_back(std::move(B));
  }

  /// A getter defined here: each slot it hands back stands behind its getter key, so that
  /// calls on its result, in any TU, act on that slot (SlotBinding).
  void addGetterBindings(const FunctionDecl *FD) {
    if (!isGetterLike(FD))
      return;
    for (Slot &S : heldReturnSlots(FD)) {
      SlotBinding B;
      B.ParamUSR = getterKey(FD);
      B.Arg = std::move(S);
      B.Caller = usrOf(FD);
      B.Loc = loc(FD->getLocation());
      Out.Bindings.push_back(std::move(B));
    }
  }

  /// Records where the caller keeps what a user function returns, so that a socket the
  /// function returns resolves to the caller's slot (see SlotBinding).
  void addReturnBinding(const FunctionDecl *Callee, const CallExpr *Call) {
    if (!Callee || Callee->getReturnType()->isVoidType() ||
        isLibraryCode(Callee->getLocation()) || isLibraryCode(Call->getBeginLoc()))
      return;
    Context Where = contextOf(DynTypedNode::create(*Call));
    addBinding(returnKey(Callee), resultSlot(Call, Where), Call, Where);
  }
};

} // namespace extract
} // namespace wslint
