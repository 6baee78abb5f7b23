// SPDX-License-Identifier: Apache-2.0
#include "MissingBackoffCheck.h"
#include "CheckUtil.h"

namespace wslint {

void MissingBackoffCheck::run(const Graph &, const Client &C, std::vector<Finding> &Out) const {
  for (const Socket &S : C.Sockets) {
    if (!S.Reconnect || S.Backoff == "exponential-jitter")
      continue;
    // What is missing, given the wait the code already has: a wait, its growth, its jitter.
    // Where there is a wait, the fix says to change it rather than the library's recipe for
    // adding one (tests/unit/ChecksTest.cpp, MissingBackoff.FixSaysWhatIsMissingGivenTheWait).
    std::string How, Change, OwnFix;
    if (S.Backoff == "none") {
      How = "reconnects with no delay: after an outage every client comes back at once";
      Change = "grow the delay exponentially, cap it, and add random jitter";
    } else if (S.Backoff == "fixed") {
      How = "reconnects after a fixed delay: clients that dropped together retry together, "
            "again and again";
      Change = "make that delay grow exponentially, cap it, and add random jitter";
      OwnFix = "keep the wait and compute it as min(cap, base * 2^attempt) plus a random "
               "share of it; reset attempt once a connection has stayed up";
    } else if (S.Backoff == "exponential") {
      How = "backs off exponentially but without jitter: clients that dropped together stay "
            "in step";
      Change = "add random jitter to the delay";
      OwnFix = "keep the growth (and a cap) and add a random share of the delay to each "
               "wait, so that clients that dropped together spread out";
    } else {
      continue; // not a kind this check can judge
    }
    Finding F;
    F.Check = "websocket-missing-backoff";
    identify(F, C, S.Holder.Name);
    F.Loc = S.Loc;
    F.Message = "WebSocket " + describeSocket(S) + " " + How + "; " + Change;
    if (S.ReconnectLoc.valid())
      F.Notes.push_back({S.ReconnectLoc, S.ReconnectEvidence});
    if (S.BackoffLoc.valid() && !(S.BackoffLoc == S.ReconnectLoc))
      F.Notes.push_back({S.BackoffLoc, "the delay: " + S.BackoffEvidence});
    // The library's own fixed retry has no wait in the code to keep: its rules file's hint
    // says how to replace it (MissingBackoff.LibraryRetryKeepsTheLibraryFix).
    if (!OwnFix.empty() && !S.ReconnectPaths.empty() && S.ReconnectPaths.front().ByLibrary)
      OwnFix.clear();
    if (!OwnFix.empty())
      fixInsteadOfLibrary(F, "backoff", OwnFix);
    // The other ways back, for the whole picture (test-inputs/reconnect/reconnect-two-paths).
    for (size_t I = 1; I < S.ReconnectPaths.size(); ++I)
      F.Notes.push_back({S.ReconnectPaths[I].Loc, "another way back: " +
                                                      S.ReconnectPaths[I].How + " (backoff: " +
                                                      S.ReconnectPaths[I].Backoff + ")"});
    F.Citation = rows::LimitsClientOs;
    aboutSocket(F, S);
    Out.push_back(std::move(F));
  }
}

} // namespace wslint
