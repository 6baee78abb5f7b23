// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// What matched calls say about sockets: the sites that open them (SocketSite), the evidence
// about them (Evidence: options, pings, sends, closes, reads, switches), and the calls that
// make an object an opening call later opens (makers: its endpoint and owner).
#pragma once

#include "BoundaryComments.h"
#include "DelayReader.h"
#include "EndpointReader.h"

#include <set>

namespace wslint {
namespace extract {

class SiteRecorder {
public:
  SiteRecorder(TUContext &TU, const PlaceReader &Places, const CallReader &Calls,
               const SlotFlow &Slots, const ValueReader &Values,
               const EndpointReader &Endpoints, const BoundaryComments &Comments,
               const DelayReader &Delays)
      : TU(TU), Places(Places), Calls(Calls), Slots(Slots), Values(Values),
        Endpoints(Endpoints), Comments(Comments), Delays(Delays) {}

  /// An opening call O of library L: a site of the socket in Holder, with the library's
  /// defaults as evidence. Owner: the object that made the socket, if another.
  void addSite(const LibraryRules &L, const OpenCallRule &O, const CallView &C, Slot Holder,
               const Context &Where, const std::string &Owner);
  /// A heartbeat option or call H: evidence for or against a heartbeat on Holder.
  void addHeartbeat(const LibraryRules &L, const HeartbeatRule &H, const CallView &C,
                    const Slot &Holder, const Context &Where);
  /// Evidence of kind K that call C gives about the socket in Holder.
  Evidence makeEvidence(const LibraryRules &L, EvidenceKind K, const CallView &C,
                        const Slot &Holder, const Context &Where, std::string Detail) const;
  /// Into the facts, once per place and kind, when it names a socket.
  void pushEvidence(Evidence E);
  /// An application message or a ping sent (a heartbeat only if it goes out over time):
  /// known once every delay and opening of the TU is (Loop: the loop it is sent on every
  /// round of, or null).
  void addSend(Evidence E, const Stmt *Loop);
  /// A call Rule of library L that makes the object an opening call later opens, stored
  /// into SlotUSR ("" for none).
  void addMaker(const LibraryRules &L, const OpenCallRule &Rule, const Expr *Call,
                const Context &Where, std::string SlotUSR);

  /// At the end of the matchers' pass (after the delays): sends known periodic or not.
  void finish();
  /// Once the TU's bindings are known (after the call graph): each site opened on an
  /// object some call made gets that call's endpoint and owner.
  void finishMakers();

private:
  TUContext &TU;
  const PlaceReader &Places;
  const CallReader &Calls;
  const SlotFlow &Slots;
  const ValueReader &Values;
  const EndpointReader &Endpoints;
  const BoundaryComments &Comments;
  const DelayReader &Delays;

  std::set<std::pair<SourceLoc, std::string>> SeenSites, SeenEvidence;
  /// Application messages and pings sent, until we know whether the loop they are in waits
  /// and whether it opens a socket each round.
  std::vector<std::pair<Evidence, const Stmt *>> PendingSends;
  /// The every-round loops that open a socket (a reconnect loop): what is sent there goes
  /// out once per connection.
  std::set<const Stmt *> OpeningLoops;
  struct Maker {
    const LibraryRules *Library;
    const OpenCallRule *Rule;
    const Expr *Call;
    Context Where;
    std::string SlotUSR; ///< the slot it stores into ("" for a temporary)
  };
  std::vector<Maker> Makers;
  /// Sites whose endpoint their maker states: (index in Out.Sites, library, the object the
  /// opening call is sent to).
  struct AwaitingSite {
    size_t Index;
    const LibraryRules *Library;
    const Expr *Object;
  };
  std::vector<AwaitingSite> AwaitingMaker;
};

} // namespace extract
} // namespace wslint
