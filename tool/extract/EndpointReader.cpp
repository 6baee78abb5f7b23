// SPDX-License-Identifier: Apache-2.0
#include "EndpointReader.h"

#include "llvm/ADT/StringExtras.h"

namespace wslint {
namespace extract {

/// Is the struct variable cleared with `memset(&var, 0, …)` before Before?
bool EndpointReader::zeroedBefore(const VarDecl *VD, SourceLocation Before) const {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
  if (!FD || !FD->hasBody())
    return false;
  auto Clears = match(
      findAll(callExpr(callee(functionDecl(hasAnyName("memset", "::std::memset"))),
                       hasArgument(0, ignoringParenImpCasts(unaryOperator(
                                          hasOperatorName("&"),
                                          hasUnaryOperand(declRefExpr(to(equalsNode(VD))))))),
                       hasArgument(1, ignoringParenImpCasts(integerLiteral(equals(0)))))
                  .bind("c")),
      *FD->getBody(), TU.ast());
  const SourceManager &SM = TU.ast().getSourceManager();
  return std::any_of(Clears.begin(), Clears.end(), [&](const BoundNodes &B) {
    return SM.isBeforeInTranslationUnit(B.getNodeAs<CallExpr>("c")->getBeginLoc(), Before);
  });
}

PartValue EndpointReader::partValue(const ArgPart &P, const CallView &C) const {
  PartValue Out;
  if (P.Arg >= C.Args.size())
    return Out;
  const Expr *Arg = peel(C.Args[P.Arg]);
  if (P.Field.empty() && !P.ConstructorArg && P.TypeContains.empty()) {
    Out.Value = Arg;
    return Out;
  }
  // &info, *session_: the object the argument names.
  while (true) {
    if (const auto *U = dyn_cast<UnaryOperator>(Arg);
        U && (U->getOpcode() == UO_AddrOf || U->getOpcode() == UO_Deref))
      Arg = peel(U->getSubExpr());
    else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Arg);
             Op && (Op->getOperator() == OO_Star || Op->getOperator() == OO_Arrow))
      Arg = peel(Op->getArg(0));
    else
      break;
  }
  const ValueDecl *D = nullptr;
  const Expr *Init = nullptr;
  if (const auto *DR = dyn_cast<DeclRefExpr>(Arg)) {
    if (const auto *VD = dyn_cast<VarDecl>(DR->getDecl())) {
      D = VD;
      Init = VD->getInit();
    }
  } else if (const auto *ME = dyn_cast<MemberExpr>(Arg)) {
    if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl())) {
      D = FD;
      Init = FD->getInClassInitializer();
    }
  }
  if (!D)
    return Out;
  Init = Init ? peel(Init) : nullptr;
  Out.ObjectType = Init && isa<CXXConstructExpr>(Init) ? Init->getType() : D->getType();
  if (!P.Field.empty()) {
    if (const auto *IL = dyn_cast_or_null<InitListExpr>(Init)) {
      const InitListExpr *Sem = IL->isSemanticForm() ? IL : IL->getSemanticForm();
      if (const RecordDecl *RD = Sem ? Sem->getType()->getAsRecordDecl() : nullptr) {
        unsigned I = 0;
        for (const FieldDecl *F : RD->fields()) {
          if (F->getName() == P.Field && I < Sem->getNumInits() &&
              !isa<ImplicitValueInitExpr>(Sem->getInit(I)))
            Out.Value = Sem->getInit(I);
          ++I;
        }
      }
    }
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      for (const auto &[Name, V] : Values.fieldAssignments(VD, C.E->getBeginLoc()))
        if (Name == P.Field)
          Out.Value = V;
      Out.Zero = !Out.Value &&
                 (isa_and_nonnull<InitListExpr>(Init) || zeroedBefore(VD, C.E->getBeginLoc()));
    }
    // A struct held in a field (`vhd->i`, `this->info_`) and filled in the calling
    // function before the call (test-inputs/endpoints/endpoint-connect-info, `member-info`).
    if (isa<MemberExpr>(Arg))
      if (const Decl *F = Places.contextOf(DynTypedNode::create(*C.E)).Function;
          F && F->getBody())
        for (const auto &[Name, V] :
             Values.fieldAssignments(Arg, F->getBody(), C.E->getBeginLoc()))
          if (Name == P.Field)
            Out.Value = V;
    // A global object (or a field of one) filled in another function.
    if (std::string Path = Values.globalPath(Arg); !Out.Value && !Path.empty())
      if (const Expr *V = Values.globalFieldValue(Path + "." + P.Field)) {
        Out.Value = V;
        Out.Zero = false;
      }
  } else if (P.ConstructorArg) {
    const auto *CE = dyn_cast_or_null<CXXConstructExpr>(Init);
    if (CE && *P.ConstructorArg < CE->getNumArgs() &&
        !isa<CXXDefaultArgExpr>(CE->getArg(*P.ConstructorArg)))
      Out.Value = CE->getArg(*P.ConstructorArg);
  }
  return Out;
}

/// The slot an opening call writes the new socket's handle into (OpenCallRule::Out):
/// `f(&handle)`, or `info.pwsi = &conn->wsi; f(&info)` (the last such assignment before
/// the call, or the struct's initialiser). A temporary slot when there is none
/// (test-inputs/identity/identity-out-parameter).
Slot EndpointReader::outSlot(const LibraryRules &L, const CallView &C,
                             const Context &Where) const {
  for (const auto &O : L.OpenCalls)
    if (O.Out && Calls.matches(O.Call, C))
      if (const Expr *Value = partValue(*O.Out, C).Value)
        return Slots.slotOf(Value, Where);
  return temporarySlot();
}

/// Fills the endpoint; false when a URL condition of the rule rules the call out. Parts
/// the code does not state are "…"; an endpoint with no stated part at all is left out.
bool EndpointReader::describeEndpoint(const LibraryRules &L, const OpenCallRule &O,
                                      const CallView &C, SocketSite &S) const {
  std::vector<const Expr *> Args;
  for (const Expr *A : C.Args)
    if (!isa<CXXDefaultArgExpr>(A) && isStringLike(A->getType()))
      Args.push_back(A);
  auto Arg = [&](std::optional<unsigned> I) -> std::optional<BuiltString> {
    if (!I || *I >= Args.size())
      return std::nullopt;
    BuiltString B = Values.builtString(Args[*I]);
    return B.Known ? std::optional<BuiltString>(B) : std::nullopt;
  };
  if (!O.StartedBy.empty())
    return describeStartedEndpoint(L, O, C, S), true;
  if (O.UrlArg) {
    auto U = Arg(O.UrlArg);
    if (!O.UrlPrefixes.empty() &&
        (!U ||
         std::none_of(O.UrlPrefixes.begin(), O.UrlPrefixes.end(), [&](const std::string &P) {
           return llvm::StringRef(U->Text).starts_with_insensitive(P);
         })))
      return false;
    if (U) {
      S.Endpoint = U->Text;
      S.EndpointIsLiteral = U->Complete;
    }
    return true;
  }
  if (!O.EndpointParts.empty())
    return describeEndpointParts(O, C, S), true;
  if (!O.HostArg) {
    S.EndpointElsewhere = true;
    return true;
  }
  auto Host = Arg(O.HostArg);
  if (!Host)
    return true;
  std::string TypeName = C.SocketType.getCanonicalType().getAsString();
  bool Secure =
      !L.SecureTypeMarker.empty() && llvm::StringRef(TypeName).contains(L.SecureTypeMarker);
  BuiltString E;
  E.Text = (Secure ? L.SecureScheme : L.Scheme) + "://";
  E.append(*Host);
  if (auto Path = Arg(O.PathArg))
    E.append(*Path);
  else
    E.Text += "/…", E.Complete = false;
  S.Endpoint = E.Text;
  S.EndpointIsLiteral = E.Complete;
  return true;
}

/// The endpoint of a handshake an asynchronous call started (OpenCallRule::StartedBy): the
/// URL of the request given to the starting call whose callback holds C (libsoup's
/// soup_session_websocket_connect_async(session, soup_message_new("GET", url), …,
/// on_connected, …), with connect_finish in on_connected:
/// test-inputs/endpoints/endpoint-async-request).
void EndpointReader::describeStartedEndpoint(const LibraryRules &L, const OpenCallRule &O,
                                             const CallView &C, SocketSite &S) const {
  const Decl *Around = Places.contextOf(DynTypedNode::create(*C.E)).Function;
  if (!Around)
    return;
  for (const auto &St : O.StartedBy) {
    std::vector<llvm::StringRef> Names(St.Call.Functions.begin(), St.Call.Functions.end());
    if (Names.empty())
      continue;
    for (const auto &B :
         match(findAll(callExpr(callee(functionDecl(hasAnyName(Names)))).bind("c")),
               TU.ast())) {
      CallView V = Calls.viewOf(B.getNodeAs<CallExpr>("c"));
      if (!Calls.matches(St.Call, V) || St.RequestArg >= V.Args.size())
        continue;
      auto Handlers = Calls.handlerFunctions(V, static_cast<int>(St.RequestArg));
      if (std::none_of(Handlers.begin(), Handlers.end(), [&](const Decl *H) {
            return H->getCanonicalDecl() == Around->getCanonicalDecl();
          }))
        continue;
      const Expr *Request = Values.definingValue(V.Args[St.RequestArg]);
      const auto *Made = dyn_cast<CallExpr>(Request->IgnoreParenImpCasts());
      if (!Made)
        continue;
      CallView MV = Calls.viewOf(Made);
      for (const auto &M : St.RequestMadeBy)
        if (Calls.matches(M.Call, MV)) {
          describeEndpoint(L, M, MV, S);
          return;
        }
    }
  }
}

/// An endpoint stated in parts (OpenCallRule::EndpointParts): libwebsockets' connect-info
/// `address`, `port`, `path` and `ssl_connection`; POCO's session host and port and its
/// request's URI. The scheme is "…" unless the code states it
/// (test-inputs/endpoints/endpoint-built-from-parts).
void EndpointReader::describeEndpointParts(const OpenCallRule &O, const CallView &C,
                                           SocketSite &S) const {
  auto Part = [&](const char *Name) -> const ArgPart * {
    auto It = O.EndpointParts.find(Name);
    return It == O.EndpointParts.end() ? nullptr : &It->second;
  };
  // The whole URL in one field (Emscripten's attributes `url`).
  if (const ArgPart *P = Part("url")) {
    if (const Expr *V = partValue(*P, C).Value) {
      BuiltString U = Values.builtString(V);
      if (U.Known) {
        S.Endpoint = U.Text;
        S.EndpointIsLiteral = U.Complete;
      }
    }
    return;
  }
  BuiltString Host;
  if (const ArgPart *P = Part("host"))
    if (const Expr *V = partValue(*P, C).Value)
      Host = Values.builtString(V);
  if (!Host.Known)
    return;
  BuiltString E;
  std::string Scheme = "…";
  if (const ArgPart *P = Part("secure")) {
    PartValue V = partValue(*P, C);
    Expr::EvalResult R;
    if (!P->TypeContains.empty() && !V.ObjectType.isNull())
      Scheme = llvm::StringRef(V.ObjectType.getCanonicalType().getAsString())
                       .contains(P->TypeContains)
                   ? "wss"
                   : "ws";
    else if (V.Value && !V.Value->isValueDependent() && V.Value->EvaluateAsInt(R, TU.ast()))
      Scheme = R.Val.getInt().isZero() ? "ws" : "wss";
    else if (V.Zero)
      Scheme = "ws";
  }
  if (Scheme == "…")
    E.gap();
  else
    E.Text = Scheme;
  E.Text += "://";
  E.append(Host);
  if (const ArgPart *P = Part("port")) {
    Expr::EvalResult R;
    const Expr *V = partValue(*P, C).Value;
    // The scheme's own port goes without saying.
    if (V && !V->isValueDependent() && V->EvaluateAsInt(R, TU.ast())) {
      std::string Port = llvm::toString(R.Val.getInt(), 10);
      if (!((Scheme == "ws" && Port == "80") || (Scheme == "wss" && Port == "443")))
        E.Text += ":" + Port;
    } else if (V)
      E.Text += ":", E.gap();
  }
  BuiltString Path;
  if (const ArgPart *P = Part("path"))
    if (const Expr *V = partValue(*P, C).Value)
      Path = Values.builtString(V);
  if (Path.Known)
    E.append(Path);
  else
    E.Text += "/", E.gap();
  S.Endpoint = E.Text;
  S.EndpointIsLiteral = E.Complete;
}

} // namespace extract
} // namespace wslint
