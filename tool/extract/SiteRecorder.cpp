// SPDX-License-Identifier: Apache-2.0
#include "SiteRecorder.h"

#include <algorithm>

namespace wslint {
namespace extract {

void SiteRecorder::finish() {
  // Pings first: a call that is both (a ping named by the config that sends a message) is
  // described as the ping it is.
  std::stable_partition(PendingSends.begin(), PendingSends.end(), [](const auto &P) {
    return P.first.Kind == EvidenceKind::Ping;
  });
  for (auto &[E, Loop] : PendingSends) {
    // A message sent each round of a loop that waits is periodic; a ping, in any loop. Not
    // when the same round opens the socket again: that is once per connection, in a
    // reconnect loop (test-inputs/heartbeat/heartbeat-wait-timeout/hello-per-connection).
    bool Repeats = E.Kind == EvidenceKind::Ping ? E.InLoop : Delays.waitsBetweenRounds(Loop);
    E.InLoop = Repeats && !(Loop && OpeningLoops.count(Loop));
    if (E.InLoop && Loop)
      E.IntervalSeconds = Delays.roundSeconds(Loop);
    pushEvidence(std::move(E));
  }
  PendingSends.clear();
  OpeningLoops.clear();
}

/// The object is made in the
/// opening expression itself (`[[[SRWebSocket alloc] initWithURL:u] open]`), stored in
/// the socket's slot (test-inputs/libraries/socketrocket/socketrocket-reconnect-fixed-delay), or in the slot a
/// helper's parameter is bound to in this TU (test-inputs/libraries/socketrocket/socketrocket-helper-and-getter).
void SiteRecorder::finishMakers() {
  for (const AwaitingSite &A : AwaitingMaker) {
    SocketSite &S = TU.Out.Sites[A.Index];
    const Expr *Direct = A.Object ? peel(A.Object) : nullptr;
    std::set<std::string> Bound = {S.Holder.USR};
    for (const SlotBinding &B : TU.Out.Bindings)
      if (B.ParamUSR == S.Holder.USR)
        Bound.insert(B.Arg.USR);
    for (const Maker &M : Makers) {
      if (M.Library != A.Library ||
          !(M.Call == Direct || (!M.SlotUSR.empty() && Bound.count(M.SlotUSR))))
        continue;
      CallView V = Calls.viewOf(M.Call);
      SocketSite Made;
      Endpoints.describeEndpoint(*M.Library, *M.Rule, V, Made);
      if (S.OwnerUSR.empty() && M.Rule->Call.SocketIsResult && V.Object)
        S.OwnerUSR = Slots.slotOf(V.Object, M.Where).USR;
      if (!Made.Endpoint.empty() &&
          (S.Endpoint.empty() || (!S.EndpointIsLiteral && Made.EndpointIsLiteral))) {
        S.Endpoint = Made.Endpoint;
        S.EndpointIsLiteral = Made.EndpointIsLiteral;
      }
    }
  }
  AwaitingMaker.clear();
  Makers.clear();
}

void SiteRecorder::addSite(const LibraryRules &L, const OpenCallRule &O, const CallView &C,
                           Slot Holder, const Context &Where, const std::string &Owner) {
  SocketSite S;
  S.OwnerUSR = Owner;
  S.Library = L.Id;
  S.LibraryName = L.Name;
  S.ClientKind = L.ClientKind;
  S.OpenCall = C.calleeName();
  S.Loc = TU.loc(C.Loc);
  S.Function = usrOf(Where.Function);
  S.In = Places.placementOf(Where);
  if (const Stmt *Loop = Places.everyRoundLoop(Where))
    OpeningLoops.insert(Loop);
  S.Holder = std::move(Holder);
  if (S.Holder.USR.empty())
    S.Holder = Slots.unnamedSocketSlot(C, Where);
  if (!Endpoints.describeEndpoint(L, O, C, S))
    return; // the URL says this is not a WebSocket (libcurl's other protocols)
  if (!SeenSites.insert({S.Loc, S.Holder.USR}).second)
    return;
  if (!O.MadeBy.empty())
    AwaitingMaker.push_back({TU.Out.Sites.size(), &L, C.Object});
  for (auto &Comment : Comments.at(C.E->getBeginLoc()))
    S.BoundaryComments.push_back(std::move(Comment));
  // What the library does by default comes with the socket, whatever the conditions
  // around the opening call.
  Context Unconditional = Where;
  Unconditional.Conditions.clear();
  if (L.ReconnectByDefault) {
    Evidence E = makeEvidence(L, EvidenceKind::ReconnectDefault, C, S.Holder, Unconditional,
                              "library default: " + L.ReconnectByDefault->Describe);
    E.LibraryDefault = true;
    E.Backoff = L.ReconnectByDefault->Backoff;
    pushEvidence(std::move(E));
  }
  if (L.HeartbeatDefault) {
    Evidence E = makeEvidence(L, EvidenceKind::Heartbeat, C, S.Holder, Unconditional,
                              "library default: " + *L.HeartbeatDefault);
    E.LibraryDefault = true;
    pushEvidence(std::move(E));
  }
  TU.Out.Sites.push_back(std::move(S));
}

void SiteRecorder::addHeartbeat(const LibraryRules &L, const HeartbeatRule &H,
                                const CallView &C, const Slot &Holder, const Context &Where) {
  std::string Problem;
  if (H.Argument >= 0 && static_cast<unsigned>(H.Argument) < C.Args.size()) {
    const Expr *Arg = C.Args[H.Argument];
    if (!H.Struct.empty()) {
      QualType T = Arg->getType().getNonReferenceType();
      if (const auto *PT = T->getAs<PointerType>())
        T = PT->getPointeeType();
      const auto *RD = T->getAsRecordDecl();
      const auto *CRD = dyn_cast_or_null<CXXRecordDecl>(RD);
      std::string Name = CRD ? recordTemplateName(CRD) : RD ? qualifiedName(RD) : "";
      if (Name != H.Struct)
        return; // another overload of the same method (another option type)
      if (auto V = Values.structValue(Arg, H, C.E->getBeginLoc())) {
        // A requirement on a nested struct's field applies only when the code gives that
        // struct; without it the library's default holds
        // (test-inputs/libraries/libwebsockets/libwebsockets-policy-without-hangup).
        unsigned Applied = 0;
        for (const auto &Req : H.Require) {
          auto Dot = Req.Field.rfind('.');
          if (Dot != std::string::npos) {
            auto Parent = V->find(Req.Field.substr(0, Dot));
            if (Parent == V->end() || Parent->second == "zero")
              continue;
          }
          ++Applied;
          auto It = V->find(Req.Field);
          std::string Got = It == V->end() ? "unknown" : It->second;
          if (!Values.satisfies(Got, Req.Want)) {
            Problem = "'" + Req.Field + "' is " + (Got == "zero" ? "not set" : Got);
            break;
          }
        }
        if (Applied == 0 && !H.Require.empty())
          return;
      }
    } else if (!H.ArgumentWant.empty()) {
      std::string Got = Values.fieldValue(Arg, H);
      if (!Values.satisfies(Got, H.ArgumentWant))
        Problem = "the interval is " + Got;
    }
  }
  std::string Source = TU.sourceText(C.E);
  if (Problem.empty()) {
    Evidence E =
        makeEvidence(L, EvidenceKind::Heartbeat, C, Holder, Where, H.Describe + ": " + Source);
    if (!H.Needs.empty())
      E.Needs = parseEvidenceKind(H.Needs);
    if (H.Argument >= 0 && static_cast<unsigned>(H.Argument) < C.Args.size() &&
        H.Struct.empty())
      E.IntervalSeconds =
          durationSeconds(C.Args[H.Argument], H.IntervalUnit, TU.ast()).value_or(0);
    pushEvidence(std::move(E));
  } else {
    pushEvidence(makeEvidence(L, EvidenceKind::HeartbeatOff, C, Holder, Where,
                              Source + " sends no pings: " + Problem));
  }
}

Evidence SiteRecorder::makeEvidence(const LibraryRules &L, EvidenceKind K, const CallView &C,
                                    const Slot &Holder, const Context &Where,
                                    std::string Detail) const {
  Evidence E;
  E.Kind = K;
  E.Library = L.Id;
  E.SlotUSR = Holder.USR;
  E.Function = usrOf(Where.Function);
  E.Loc = TU.loc(C.Loc);
  E.Detail = std::move(Detail);
  // A setting made only under a runtime flag holds on some paths (pings and sends are
  // actions, not settings: their conditions are the usual `if (!ec)` of a handler).
  if (K == EvidenceKind::Heartbeat || K == EvidenceKind::HeartbeatOff ||
      K == EvidenceKind::ReconnectOff || K == EvidenceKind::ReconnectStop)
    for (const Expr *Cond : Where.Conditions)
      if (Values.isFlag(Cond)) {
        E.Condition = TU.sourceText(Cond);
        break;
      }
  // A close made only on some paths (`if (msg == "bye") close()`): a message handler that
  // closes so does not end the connection at its first message
  // (test-inputs/heartbeat/heartbeat-one-exchange, close-on-bye).
  if (K == EvidenceKind::Close && !Where.Conditions.empty())
    E.Condition = TU.sourceText(Where.Conditions.front());
  return E;
}

void SiteRecorder::pushEvidence(Evidence E) {
  if (E.SlotUSR.empty())
    return; // evidence on a temporary cannot be tied to any socket
  if (!SeenEvidence.insert({E.Loc, evidenceKey(E)}).second)
    return;
  TU.Out.Evidences.push_back(std::move(E));
}

void SiteRecorder::addSend(Evidence E, const Stmt *Loop) {
  PendingSends.emplace_back(std::move(E), Loop);
}

void SiteRecorder::addMaker(const LibraryRules &L, const OpenCallRule &Rule, const Expr *Call,
                            const Context &Where, std::string SlotUSR) {
  Makers.push_back({&L, &Rule, Call, Where, std::move(SlotUSR)});
}

} // namespace extract
} // namespace wslint
