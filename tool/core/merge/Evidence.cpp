// SPDX-License-Identifier: Apache-2.0
#include "Evidence.h"
#include "Reach.h"

#include "llvm/ADT/StringRef.h"

#include <algorithm>

namespace wslint {
namespace merge {
namespace {

int backoffRank(const std::string &B) {
  return B == "exponential-jitter" ? 3 : B == "exponential" ? 2 : B == "fixed" ? 1 : 0;
}

/// A wait written after the opening, in the function that opens and outside any loop of
/// it: it follows the reopen it would have to precede (a watchdog timer's interval set after
/// QWebSocket::open, as SecuritiesTrackerBot's AutoReconnectedWebSocket::open does:
/// test-inputs/reconnect/reconnect-wait-after-opening).
bool followsOpening(const DelayFact &D, const std::vector<const SocketSite *> &Group) {
  return std::any_of(Group.begin(), Group.end(), [&](const SocketSite *S) {
    return S->Function == D.Function && S->In.LoopDepth == 0 && S->Loc.File == D.Loc.File &&
           S->Loc < D.Loc;
  });
}

/// The best delay on a reconnect path: the delays written in the functions on it. A
/// reconnect that reuses one timer but doubles and jitters its delay is exponential-jitter
/// (test-inputs/libraries/boost-beast/boost-beast-reconnect-backoff-jitter). OncePerDrop:
/// the path reopens once each time the socket drops (a handler), rather than round after
/// round (a retry loop, where a wait after one round's opening precedes the next).
void delayOnPath(const Program &M, const std::set<std::string> &Functions,
                 const std::vector<const SocketSite *> &Group, bool OncePerDrop,
                 ReconnectPath &P) {
  for (const auto &F : Functions)
    if (auto It = M.DelaysByFunction.find(F); It != M.DelaysByFunction.end())
      for (const DelayFact &D : It->second)
        // A timer waits before what it runs: one whose callbacks are not on the way back (a
        // ping timer armed beside the opening) is no wait before reopening
        // (tests/cli/objc-test.sh). A sleep waits before whatever follows it, unless all
        // that follows it is what comes after the reopen.
        if ((D.Callbacks.empty()
                 ? !(OncePerDrop && followsOpening(D, Group))
                 : std::any_of(D.Callbacks.begin(), D.Callbacks.end(),
                               [&](const std::string &Cb) { return Functions.count(Cb) != 0; })) &&
            backoffRank(D.Backoff) > backoffRank(P.Backoff)) {
          P.Backoff = D.Backoff;
          P.BackoffEvidence = D.Detail;
          P.BackoffLoc = D.Loc;
        }
}

/// How often a ping or message sent by hand goes out, in seconds: the wait of the loop it
/// is sent in (the extractor's E.IntervalSeconds), or the period of a timer whose callback
/// reaches it. The shortest when several do; 0 when none does, or when one of them is not
/// a constant (test-inputs/heartbeat/heartbeat-interval).
double sendInterval(const Program &M, const Evidence &E,
                    llvm::function_ref<bool(const std::string &)> Repeats) {
  std::vector<double> Periods;
  if (E.InLoop)
    Periods.push_back(E.IntervalSeconds);
  if (Repeats(E.Function))
    for (const auto &[Function, Ds] : M.DelaysByFunction)
      for (const DelayFact &D : Ds)
        for (const auto &Cb : D.Callbacks)
          if (closure(M.Direct, Cb).count(E.Function))
            Periods.push_back(D.Seconds);
  if (Periods.empty() || std::count(Periods.begin(), Periods.end(), 0.0) != 0)
    return 0;
  return *std::min_element(Periods.begin(), Periods.end());
}

} // namespace

void describeHeartbeat(const Program &M, const std::vector<Evidence> &Evs, Socket &S,
                       llvm::function_ref<bool(const std::string &)> Periodic) {
  auto Repeats = [&](const std::string &F) {
    return Periodic ? Periodic(F) : M.Periodic.count(F) != 0;
  };
  auto HasKind = [&](EvidenceKind K) {
    return std::any_of(Evs.begin(), Evs.end(), [&](const Evidence &E) { return E.Kind == K; });
  };
  bool ExplicitOff = std::any_of(Evs.begin(), Evs.end(), [](const Evidence &E) {
    return E.Kind == EvidenceKind::HeartbeatOff && !E.LibraryDefault;
  });
  // What the code states comes before what the library does by default: a connection's
  // own policy is the better evidence (test-inputs/libraries/libwebsockets/libwebsockets-retry-policy).
  std::vector<const Evidence *> Ordered;
  for (const auto &E : Evs)
    Ordered.push_back(&E);
  std::stable_partition(Ordered.begin(), Ordered.end(),
                        [](const Evidence *E) { return !E->LibraryDefault; });
  const Evidence *Unmet = nullptr, *Conditional = nullptr;
  for (const Evidence *P : Ordered) {
    const Evidence &E = *P;
    // A ping sent by hand is a heartbeat when it repeats: inside a loop, or from a function
    // that runs periodically (a repeating timer's callback:
    // test-inputs/libraries/qt-websockets/qt-websockets-timer-shapes; through a wrapper:
    // test-inputs/heartbeat/heartbeat-ping-through-wrapper). Sent once, from an open
    // handler or a one-shot timer, it is not (qt-websockets-timer-shapes/ping-on-connect,
    // single-shot; websocketpp-reconnect-no-delay).
    if (E.Kind == EvidenceKind::Ping && (E.InLoop || Repeats(E.Function))) {
      S.Heartbeat = true;
      S.HeartbeatEvidence = E.Detail;
      S.HeartbeatLoc = E.Loc;
      S.HeartbeatInterval = sendInterval(M, E, Repeats);
      return;
    }
    // An application message is a heartbeat only when it goes out over time by itself: in
    // a loop that waits between rounds, or from something that runs periodically. Sent in
    // reply to a message, or once on open, it is not.
    if (E.Kind == EvidenceKind::Send && (E.InLoop || Repeats(E.Function))) {
      S.Heartbeat = true;
      S.HeartbeatEvidence = E.Detail + " (sent periodically)";
      S.HeartbeatLoc = E.Loc;
      S.HeartbeatInterval = sendInterval(M, E, Repeats);
      return;
    }
    // A pong sent on this socket from code run on its events, or in the loop that reads
    // it, answers the server's pings: the peer drives the heartbeat
    // (test-inputs/heartbeat/heartbeat-pong-reply).
    if (E.Kind == EvidenceKind::PongReply && (E.InLoop || M.OnEvents.count(E.Function))) {
      S.Heartbeat = true;
      S.HeartbeatEvidence =
          "the peer drives it: the client answers its pings on this socket (" + E.Detail + ")";
      S.HeartbeatLoc = E.Loc;
      return;
    }
    if (E.Kind != EvidenceKind::Heartbeat)
      continue;
    if (E.LibraryDefault && ExplicitOff)
      continue;
    // Turned on only under a condition: on the other paths there is no heartbeat
    // (test-inputs/heartbeat/conditional-evidence).
    if (!E.Condition.empty()) {
      Conditional = Conditional ? Conditional : &E;
      continue;
    }
    if (E.Needs && !HasKind(*E.Needs)) {
      Unmet = Unmet ? Unmet : &E;
      continue;
    }
    S.Heartbeat = true;
    S.HeartbeatEvidence = E.Detail;
    S.HeartbeatLoc = E.Loc;
    S.HeartbeatInterval = E.IntervalSeconds;
    return;
  }
  // What switches the heartbeat off, even on some paths, is the verdict's reason first.
  for (const auto &E : Evs)
    if (E.Kind == EvidenceKind::HeartbeatOff && !E.Condition.empty()) {
      S.HeartbeatEvidence = E.Detail + ", when " + E.Condition;
      S.HeartbeatLoc = E.Loc;
      S.HeartbeatCondition = E.Condition;
      return;
    }
  if (Conditional) {
    S.HeartbeatEvidence = Conditional->Detail + "; only when " + Conditional->Condition +
                          ": on the other paths this socket has no heartbeat";
    S.HeartbeatLoc = Conditional->Loc;
    S.HeartbeatCondition = Conditional->Condition;
    return;
  }
  if (Unmet) {
    S.HeartbeatEvidence = Unmet->Detail + "; but it only pings while an asynchronous read "
                                          "is pending, and this socket never starts one";
    S.HeartbeatLoc = Unmet->Loc;
    return;
  }
  for (const auto &E : Evs)
    if (E.Kind == EvidenceKind::HeartbeatOff) {
      S.HeartbeatEvidence = E.Detail;
      S.HeartbeatLoc = E.Loc;
      return;
    }
}

/// The peer drives the heartbeat: code that runs on the socket's events answers (or
/// expects) a pong, so pings come and go on the connection without the client timing them
/// (test-inputs/heartbeat/heartbeat-peer-driven). A pong the code names without sending it on
/// a socket (a frame built elsewhere) says which socket it is for only when the client has
/// one; a pong sent on a socket is that socket's (describeHeartbeat).
void describePeerHeartbeat(const Program &M, const std::map<std::string, unsigned> &Reach,
                           Socket &S) {
  if (S.Heartbeat)
    return;
  for (const Evidence &P : M.Pongs)
    if (Reach.count(P.Function) && M.OnEvents.count(P.Function)) {
      S.Heartbeat = true;
      S.HeartbeatEvidence = "the peer drives it: the client answers its pings (" + P.Detail +
                            "), in code run on the socket's events";
      S.HeartbeatLoc = P.Loc;
      S.HeartbeatCondition.clear();
      return;
    }
}

void describeExchange(const Program &M, const std::vector<Evidence> &Evs,
                      const std::set<std::string> &Sources, Socket &S) {
  for (const auto &Src : Sources) {
    auto It = M.MessageHandlersBySlot.find(Src);
    if (It == M.MessageHandlersBySlot.end())
      continue;
    for (const HandlerFact &H : It->second) {
      // What runs on every message: the handler, and what it calls outside any branch or
      // loop arm (a close under `if (msg == "bye")` runs on some messages only:
      // test-inputs/heartbeat/heartbeat-one-exchange, look-alike close-on-bye).
      std::set<std::string> Always = {H.Handler};
      std::vector<std::string> Work = {H.Handler};
      while (!Work.empty()) {
        std::string F = std::move(Work.back());
        Work.pop_back();
        if (auto E = M.EdgesOf.find(F); E != M.EdgesOf.end())
          for (const CallEdge &Call : E->second)
            if (Call.Kind == EdgeKind::Call && Call.Branch.empty() &&
                Always.insert(Call.Callee).second)
              Work.push_back(Call.Callee);
      }
      for (const Evidence &E : Evs)
        if (E.Kind == EvidenceKind::Close && E.Condition.empty() && Always.count(E.Function)) {
          S.OneExchange = "closed when its first message arrives: the handler registered by " +
                          H.Detail + " closes it on every message";
          S.OneExchangeLoc = E.Loc;
          return;
        }
    }
  }
}

/// How the socket comes back after it drops, and how long each way waits first. Each way
/// is a path from where the drop is noticed to an opening of the same socket, through any
/// depth of calls:
///  - a library retry scheduler (its policy is the backoff);
///  - a close/fail handler registered on the socket (or its owner), or the code a callback
///    runs for a close event delivered as a reason (HandlerFact::Event);
///  - code that closes the socket and then reaches an opening of it (a user-level close
///    callback, a reconnect() helper: test-inputs/reconnect/reconnect-paths-across-functions);
///  - a loop that repeats until something happens, around the opening or around a call
///    that reaches it, or rebuilding the object that holds the socket
///    (test-inputs/reconnect/reconnect-owner-rebuilt-in-loop, reconnect-retry-loop-through-helper);
///  - a timer that re-arms itself and reaches the opening
///    (test-inputs/reconnect/reconnect-timer-drained-queue), or one armed where the socket
///    is opened whose callback comes back to the opening (a failed connect retried);
///  - the library's own reconnect, unless switched off.
/// The delays on each path are its backoff; the socket's verdict is its worst path
/// (test-inputs/reconnect/reconnect-two-paths).
void describeReconnect(const Program &M, const std::vector<Evidence> &Evs,
                       const std::set<std::string> &Sources,
                       const std::vector<const SocketSite *> &Group,
                       const std::map<std::string, unsigned> *Reach, Socket &S,
                       llvm::function_ref<bool(const std::set<std::string> &)> Mine) {
  std::vector<ReconnectPath> Paths;
  std::set<std::string> SiteFunctions;
  for (const SocketSite *Site : Group)
    SiteFunctions.insert(Site->Function);
  // The functions on the way from From (what may run from it) to an opening: none when
  // no opening is reached.
  auto PathFrom = [&](const std::string &From) {
    // Only through what this client runs (a shared callback field holds its own).
    std::set<std::string> Down = closure(M.Callees, From, Reach), On;
    for (const auto &F : SiteFunctions)
      if (Down.count(F))
        for (const auto &Up : closure(M.Callers, F, Reach))
          if (Down.count(Up))
            On.insert(Up);
    return On;
  };
  // The path added, or null when it is another owner's way back to its own copy.
  auto Add = [&](std::string How, SourceLoc Loc, const std::set<std::string> &On,
                 bool OncePerDrop = false) -> ReconnectPath * {
    if (Mine && !Mine(On))
      return nullptr;
    ReconnectPath P;
    P.How = std::move(How);
    P.Loc = std::move(Loc);
    delayOnPath(M, On, Group, OncePerDrop, P);
    Paths.push_back(std::move(P));
    return &Paths.back();
  };
  auto Reached = [&](const std::string &F) { return !Reach || Reach->count(F); };
  // A library retry scheduler sets both the reconnect and its delay
  // (test-inputs/libraries/libwebsockets/libwebsockets-retry-policy).
  if (auto It = M.HandlersBySlot.find(""); It != M.HandlersBySlot.end())
    for (const HandlerFact &H : It->second)
      if (auto On = PathFrom(H.Handler); !On.empty() && (!Mine || Mine(On))) {
        ReconnectPath P;
        P.How = "reopened from a callback scheduled by " + H.Detail;
        P.Loc = P.BackoffLoc = H.Loc;
        P.Backoff = H.Backoff;
        P.BackoffEvidence = H.Detail;
        Paths.push_back(std::move(P));
      }
  for (const auto &Src : Sources) {
    if (auto It = M.HandlersBySlot.find(Src); It != M.HandlersBySlot.end())
      for (const HandlerFact &H : It->second)
        if (auto On = PathFrom(H.Handler); !On.empty())
          Add((H.Event ? "reopened from " : "reopened from the handler registered by ") +
                  H.Detail,
              H.Loc, On, /*OncePerDrop=*/true);
    if (auto It = M.ClosersOf.find(Src); It != M.ClosersOf.end())
      for (const auto &Closer : It->second) {
        if (SiteFunctions.count(Closer) || !Reached(Closer))
          continue; // an opening that first closes a stale socket is not a reconnect
        if (isDestructor(M, Closer))
          continue; // teardown: the object that would reopen is going away
                    // (reconnect/reconnect-teardown-not-a-path)
        if (auto On = PathFrom(Closer); !On.empty()) {
          SourceLoc At;
          for (const auto &E : Evs)
            if (E.Kind == EvidenceKind::Close && E.Function == Closer)
              At = E.Loc;
          Add("closed here, and then reopened through calls", At, On, /*OncePerDrop=*/true);
        }
      }
  }
  for (const SocketSite *Site : Group)
    if (Site->In.InRetryLoop && Site->Holder.Kind != SlotKind::Element)
      Add("reopened in a retry loop", Site->Loc, {Site->Function});
  // The object holding the socket made again in a retry loop: each round a new connection.
  for (const InstantiationFact *Inst : instancesHolding(M, S, Reach))
    if (Inst->In.InRetryLoop && !Inst->Element)
      Add("its owner (" + Inst->Name + ") is rebuilt in a retry loop", Inst->Loc,
          {Inst->Function});
  // A loop whose calls reach the opening only by way of code that closes the socket first
  // (a read loop that meets the end of the stream) is the close path above, not a retry.
  std::set<std::string> Closers;
  for (const auto &Src : Sources)
    if (auto It = M.ClosersOf.find(Src); It != M.ClosersOf.end())
      Closers.insert(It->second.begin(), It->second.end());
  auto ThroughClose = [&](const std::set<std::string> &On) {
    return std::any_of(On.begin(), On.end(),
                       [&](const std::string &F) { return Closers.count(F) != 0; });
  };
  for (const auto &[Caller, Edges] : M.EdgesOf) {
    if (!Reached(Caller))
      continue;
    for (const CallEdge &E : Edges)
      if (E.InRetryLoop && !handsOn(E.Kind) && !SiteFunctions.count(Caller))
        if (auto On = PathFrom(E.Callee); !On.empty() && !ThroughClose(On)) {
          On.insert(Caller);
          Add("reopened through calls from a retry loop", E.Loc, On);
        }
  }
  // Code a repeating timer runs (Qt's QTimer::timeout connected to a slot that reopens a
  // dropped socket, the timer started in some other function) that reaches the opening: a
  // retry every period, which is a fixed wait even where its length is not stated
  // (test-inputs/reconnect/reconnect-from-repeating-timer). Not a call a waiting loop
  // makes (its edge sits in the loop's arm): under a condition that is not the socket's
  // own state it opens on demand (reconnect-from-repeating-timer/command-loop); retry
  // loops are read above. Timers the delays below name are counted there.
  auto NamedByDelay = [&](const CallEdge &E) {
    auto It = M.DelaysByFunction.find(E.Caller);
    return It != M.DelaysByFunction.end() &&
           std::any_of(It->second.begin(), It->second.end(), [&](const DelayFact &D) {
             return std::find(D.Callbacks.begin(), D.Callbacks.end(), E.Callee) !=
                    D.Callbacks.end();
           });
  };
  for (const auto &[Caller, Edges] : M.EdgesOf) {
    if (!Reached(Caller))
      continue;
    for (const CallEdge &E : Edges)
      if (E.Kind == EdgeKind::Repeating && E.Branch.find("=loop") == std::string::npos &&
          !NamedByDelay(E))
        if (auto On = PathFrom(E.Callee); !On.empty() && !ThroughClose(On)) {
          On.insert(Caller);
          ReconnectPath *P = Add("reopened from code a repeating timer runs", E.Loc, On);
          if (P && P->Backoff == "none") {
            P->Backoff = "fixed";
            P->BackoffEvidence = "the timer's period";
            P->BackoffLoc = E.Loc;
          }
        }
  }
  // A timer that re-arms itself and reaches the opening: it reopens the socket over time.
  for (const auto &[Function, Ds] : M.DelaysByFunction)
    for (const DelayFact &D : Ds)
      for (const auto &Cb : D.Callbacks)
        if (M.Periodic.count(Cb) && Reached(Cb) && !SiteFunctions.count(D.Function))
          if (auto On = PathFrom(Cb); !On.empty()) {
            On.insert(D.Function);
            Add("reopened from a timer that re-arms itself", D.Loc, On);
          }
  // A timer armed where the socket is opened whose callback comes back to the opening: a
  // retry of a connect that failed (libwebsockets' `if (!lws_client_connect_via_info(&i))
  // lws_sul_schedule(…, connect_cb, 5 * LWS_USEC_PER_SEC)`:
  // test-inputs/libraries/libwebsockets/libwebsockets-close-reasons).
  for (const auto &F : SiteFunctions)
    if (auto It = M.DelaysByFunction.find(F); It != M.DelaysByFunction.end() && Reached(F))
      for (const DelayFact &D : It->second)
        for (const auto &Cb : D.Callbacks)
          if (auto On = PathFrom(Cb); !On.empty()) {
            On.insert(F);
            Add("retried from a timer armed where it is opened", D.Loc, On);
          }
  if (Paths.empty()) {
    // The library's own reconnect, unless the code switches it off (on every path), or
    // stops it from a close handler of the socket (Drogon's stop() in the closed handler:
    // test-inputs/libraries/drogon/drogon-backoff-timers, look-alike stop-at-exit). The
    // stop is called on the handler's own argument, which names no slot: any stop of the
    // socket's library made in code its close handlers run counts.
    std::set<std::string> InCloseHandlers;
    for (const auto &Src : Sources)
      if (auto It = M.HandlersBySlot.find(Src); It != M.HandlersBySlot.end())
        for (const HandlerFact &H : It->second)
          for (const auto &F : closure(M.Callees, H.Handler, Reach))
            InCloseHandlers.insert(F);
    std::vector<const Evidence *> Offs;
    for (const auto &E : Evs)
      if (E.Kind == EvidenceKind::ReconnectOff)
        Offs.push_back(&E);
    if (!InCloseHandlers.empty() && !Group.empty())
      for (const auto &[Slot, SlotEvs] : M.EvidenceBySlot)
        for (const Evidence &E : SlotEvs)
          if (E.Kind == EvidenceKind::ReconnectStop && E.Library == Group.front()->Library &&
              InCloseHandlers.count(E.Function))
            Offs.push_back(&E);
    bool Off = std::any_of(Offs.begin(), Offs.end(),
                           [](const Evidence *E) { return E->Condition.empty(); });
    const Evidence *OffSometimes = nullptr;
    for (const Evidence *E : Offs)
      if (!E->Condition.empty())
        OffSometimes = E;
    for (const auto &E : Evs)
      if (!Off && E.Kind == EvidenceKind::ReconnectDefault) {
        ReconnectPath P;
        P.How = E.Detail;
        P.Loc = P.BackoffLoc = E.Loc;
        P.Backoff = E.Backoff;
        P.BackoffEvidence = E.Detail;
        P.ByLibrary = true;
        if (OffSometimes) {
          P.How += "; switched off only when " + OffSometimes->Condition + " (" +
                   OffSometimes->Detail + ")";
          S.ReconnectCondition = OffSometimes->Condition;
        }
        Paths.push_back(std::move(P));
        break;
      }
  }
  if (Paths.empty())
    return;
  // One path per place (the first way found there: rebuilding the owner explains a call of
  // its constructor from the loop); the worst backoff first.
  std::set<SourceLoc> Seen;
  std::vector<ReconnectPath> Unique;
  for (auto &P : Paths)
    if (Seen.insert(P.Loc).second)
      Unique.push_back(std::move(P));
  std::stable_sort(Unique.begin(), Unique.end(),
                   [](const ReconnectPath &A, const ReconnectPath &B) {
                     return backoffRank(A.Backoff) < backoffRank(B.Backoff);
                   });
  S.ReconnectPaths = std::move(Unique);
  const ReconnectPath &Worst = S.ReconnectPaths.front();
  S.Reconnect = true;
  S.ReconnectEvidence = Worst.How;
  S.ReconnectLoc = Worst.Loc;
  S.Backoff = Worst.Backoff;
  S.BackoffEvidence = Worst.BackoffEvidence;
  S.BackoffLoc = Worst.BackoffLoc;
}

/// One socket per item: opened for each element of a container in a loop that repeats, a
/// local opened in each round and kept beyond it, or held by objects made in each round and
/// kept. A container filled once (no loop, or a loop that runs once) is not fan-out
/// (test-inputs/fanout/fanout-loop-runs-once), and neither is a stack object per round, which is
/// gone before the next one (test-inputs/lifetime/lifetime-stack-object-per-iteration).
void describeFanout(const Program &M, const std::vector<const SocketSite *> &Group,
                    const std::map<std::string, unsigned> *Reach,
                    const std::map<std::string, PerItemCall> &PerItem,
                    const std::map<std::string, const PerRequestFact *> &PerRequest,
                    Socket &S) {
  auto Set = [&](std::string Why, const SourceLoc &Where) {
    S.Unbounded = true;
    S.UnboundedEvidence = std::move(Why);
    S.UnboundedLoc = Where;
  };
  // Opened from a server's per-request callback into something that lives per request (a
  // local, a container element, an object made there): one per request
  // (test-inputs/fanout/fanout-per-request-handler). A long-lived member reopened there is one
  // socket.
  auto Request = [&](const std::string &F) -> const PerRequestFact * {
    auto It = PerRequest.find(F);
    return It == PerRequest.end() ? nullptr : It->second;
  };
  for (const SocketSite *G : Group)
    if (const PerRequestFact *R = Request(G->Function);
        R && (G->Holder.Kind == SlotKind::Local || G->Holder.Kind == SlotKind::Element ||
              G->Holder.Kind == SlotKind::Temporary)) {
      S.PerRequest = true;
      return Set("one per request: opened from a per-request handler (" + R->Detail + ")",
                 R->Loc);
    }
  for (const InstantiationFact *I : instancesHolding(M, S, Reach))
    if (const PerRequestFact *R = Request(I->Function)) {
      S.PerRequest = true;
      return Set("one " + I->Name +
                     " (and so one socket) per request, created in a "
                     "per-request handler (" +
                     R->Detail + ")",
                 I->Loc);
    }
  // A container's element opened in a function the client calls once per item (from a
  // loop that steps through items, through any depth of calls): a per-account map
  // (test-inputs/fanout/fanout-per-account-map). Not a watchdog that reopens one element
  // whenever it is gone (test-inputs/fanout/fanout-field-of-element-per-item).
  // The per-item call that runs a site's function, when it does; its loop is the place to
  // show (the site itself for edges no call makes).
  auto PerItemCallOf = [&](const SocketSite *G) -> const PerItemCall * {
    auto It = PerItem.find(G->Function);
    return It == PerItem.end() ? nullptr : &It->second;
  };
  auto CallLoc = [](const PerItemCall *C, const SocketSite *G) {
    return C->Loc.valid() ? C->Loc : G->Loc;
  };
  for (const SocketSite *G : Group)
    if (const PerItemCall *C = PerItemCallOf(G);
        C && G->Holder.Kind == SlotKind::Element && !G->In.repeats())
      return Set("called once per item here: each call opens the socket of another element",
                 CallLoc(C, G));
  // A connection the code never keeps (libwebsockets' handle left unused, lives on in the
  // library's context) opened once per item, in the loop or in a function it calls: one
  // more open connection each time (test-inputs/fanout/fanout-unkept-handle-per-item). Not
  // from a loop that goes round until something works: that is a retry, one at a time
  // (the reconnect scenarios).
  for (const SocketSite *G : Group) {
    if (G->Holder.Kind != SlotKind::Temporary)
      continue;
    if (G->In.LoopPerItem)
      return Set("opened once per item and never kept: each round leaves one more connection "
                 "open",
                 G->Loc);
    if (const PerItemCall *C = PerItemCallOf(G); C && !G->In.repeats())
      return Set("called once per item here, and the connection it opens is never kept: each "
                 "call leaves one more open",
                 CallLoc(C, G));
  }
  // A thread started once per item, or work posted to a thread pool once per item, that
  // opens a socket of its own (a local of the code it runs): the threads run side by side,
  // each holding its socket while it works (test-inputs/fanout/fanout-thread-per-item,
  // fanout-posted-per-item). Called in turn, without threads, or posted to a plain
  // io_context, a local is one socket at a time
  // (test-inputs/lifetime/lifetime-sequential-functions, fanout-posted-per-item).
  for (const SocketSite *G : Group)
    if (const PerItemCall *C = PerItemCallOf(G);
        C && C->OnThread &&
        (G->Holder.Kind == SlotKind::Local || G->Holder.Kind == SlotKind::Temporary))
      return Set("work starts here on a thread once per item, and each opens its own "
                 "socket while it runs beside the others",
                 CallLoc(C, G));
  for (const SocketSite *G : Group) {
    if (!G->In.repeats())
      continue;
    if (G->Holder.Kind == SlotKind::Element)
      return Set("opened for each element, in a loop", G->Loc);
    if (G->Holder.Kind == SlotKind::Local && G->Holder.DeclaredInLoop && G->Holder.Escapes)
      return Set("opened in each round of a loop and kept beyond it (moved, stored or "
                 "captured)",
                 G->Loc);
  }
  // An object kept beyond the code that makes it, made in a loop, or made on every run of
  // the callable itself that is posted or started on a thread once per item (a lambda
  // posted per symbol that makes a session: test-inputs/fanout/fanout-posted-per-item).
  // Not one made only under a condition there (`if (!feed_) feed_ = …`: the first item
  // makes it, the rest reuse it), nor one made in a helper that per-item code also calls
  // for other objects (a factory template: scripts/real-code/gdaxqt.yaml).
  auto HandedPerItem = [&](const std::string &F) {
    auto It = PerItem.find(F);
    return It != PerItem.end() && It->second.Handed;
  };
  for (const InstantiationFact *I : instancesHolding(M, S, Reach))
    if ((I->Life == Lifetime::Kept || I->Element) &&
        (I->In.repeats() || (I->Element && PerItem.count(I->Function)) ||
         (HandedPerItem(I->Function) && I->In.Branch.empty()))) {
      Set("one " + I->Name + " (and so one socket) per item, created here and kept", I->Loc);
      // A boundary stated at the loop or the owner justifies the fan-out (gateway-assigned
      // shards): test-inputs/fanout/fanout-justified-shards.
      for (const auto &[Loc, Text] : I->BoundaryComments)
        if (auto B = parseBoundaryComment(Text);
            B && B->valid() && !(S.Annotation && S.Annotation->valid())) {
          B->Loc = Loc;
          S.Annotation = *B;
        }
      return;
    }
}

std::vector<const InstantiationFact *>
instancesHolding(const Program &M, const Socket &S,
                 const std::map<std::string, unsigned> *Reach) {
  std::vector<const InstantiationFact *> Out;
  auto Take = [&](size_t I) {
    if (!Reach || Reach->count(M.Instances[I].Function))
      Out.push_back(&M.Instances[I]);
  };
  if (S.OwnerDecl.valid()) {
    for (size_t I = 0; I < M.Instances.size(); ++I)
      if (M.Instances[I].Counted && M.Instances[I].Loc == S.OwnerDecl)
        Take(I);
    return Out;
  }
  const Slot &Holder = S.Holder;
  if (Holder.Kind != SlotKind::Field || Holder.Record.empty())
    return Out;
  // Held through a member its object's code fills only in methods the client never runs (a
  // manager's `option_ = std::make_shared<Feed>(…)` in an uncalled addOption()): that
  // object is never made (lifetime/instances-filled-later). A member nothing in the
  // program fills, or filled by a constructor, is held by every instance.
  auto Filled = [&](const InstantiationFact &I) {
    auto Through = I.CoveredThrough.find(Holder.Record);
    if (!Reach || Through == I.CoveredThrough.end())
      return true;
    auto Fills = M.InstancesFilling.find(Through->second);
    if (Fills == M.InstancesFilling.end())
      return true;
    return std::any_of(Fills->second.begin(), Fills->second.end(), [&](size_t F) {
      return M.Instances[F].FillsInConstructor || Reach->count(M.Instances[F].Function);
    });
  };
  if (auto It = M.InstancesCovering.find(Holder.Record); It != M.InstancesCovering.end())
    for (size_t I : It->second)
      if (Filled(M.Instances[I]))
        Take(I);
  return Out;
}

} // namespace merge
} // namespace wslint
