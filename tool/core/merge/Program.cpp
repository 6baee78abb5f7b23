// SPDX-License-Identifier: Apache-2.0
#include "Program.h"

#include "llvm/ADT/StringRef.h"

#include <algorithm>

namespace wslint {
namespace merge {

std::string definitionName(const std::string &USR, const std::string &File) {
  return USR + "@" + File;
}

std::pair<std::string, std::string> splitDefinitionName(const std::string &Name) {
  size_t At = Name.rfind('@');
  if (At == std::string::npos)
    return {Name, ""};
  return {Name.substr(0, At), Name.substr(At + 1)};
}

namespace {

/// The caller slots a parameter slot stands for, following parameters passed on.
void bindingsOf(const std::map<std::string, std::vector<const SlotBinding *>> &ByParam,
                const std::string &Param, unsigned Depth,
                std::vector<const SlotBinding *> &Out) {
  auto It = ByParam.find(Param);
  if (It == ByParam.end() || Depth > 8)
    return;
  for (const SlotBinding *B : It->second) {
    if ((B->Arg.Kind == SlotKind::Parameter || B->Arg.Kind == SlotKind::Returned) &&
        ByParam.count(B->Arg.USR))
      bindingsOf(ByParam, B->Arg.USR, Depth + 1, Out);
    else
      Out.push_back(B);
  }
}

/// Facts about a parameter's socket (keyed by slot, each with its SlotUSR) hold for every
/// slot the parameter is bound to: a copy goes to each.
template <typename Fact>
void copyToBoundSlots(const std::map<std::string, std::vector<const SlotBinding *>> &ByParam,
                      std::map<std::string, std::vector<Fact>> &BySlot) {
  std::map<std::string, std::vector<Fact>> Moved;
  for (const auto &[SlotUSR, Facts] : BySlot) {
    std::vector<const SlotBinding *> Bound;
    bindingsOf(ByParam, SlotUSR, 0, Bound);
    for (const Fact &F : Facts)
      for (const SlotBinding *B : Bound) {
        Fact Copy = F;
        Copy.SlotUSR = B->Arg.USR;
        Moved[B->Arg.USR].push_back(std::move(Copy));
      }
  }
  for (auto &[SlotUSR, Facts] : Moved)
    for (auto &F : Facts)
      BySlot[SlotUSR].push_back(std::move(F));
}

/// A helper that opens or configures "whatever socket it is given" acts on each slot its
/// callers hand it, and a helper that returns the socket it opens opens one for each slot
/// its callers keep the result in: sites and evidence on parameters and return values move
/// to those slots (test-inputs/identity/helper-opens-two-slots, emscripten-browser-client).
void resolveParameters(const FactSet &Facts, Program &M) {
  std::map<std::string, std::vector<const SlotBinding *>> ByParam;
  std::set<std::pair<std::string, std::string>> Seen;
  for (const auto &U : Facts.Units)
    for (const auto &B : U.Bindings)
      if (Seen.insert(
                  {B.ParamUSR, B.Arg.USR + "@" + B.Loc.File + ":" + std::to_string(B.Loc.Line)})
              .second)
        ByParam[B.ParamUSR].push_back(&B);
  if (ByParam.empty())
    return;
  std::vector<SocketSite> Sites;
  for (auto &S : M.Sites) {
    std::vector<const SlotBinding *> Bound;
    if (S.Holder.Kind == SlotKind::Parameter || S.Holder.Kind == SlotKind::Returned)
      bindingsOf(ByParam, S.Holder.USR, 0, Bound);
    if (Bound.empty()) {
      Sites.push_back(std::move(S));
      continue;
    }
    // Through a getter the opening call stays where it is written; through a parameter or
    // a return value it moves to the call that hands the slot over.
    bool ThroughGetter = llvm::StringRef(S.Holder.USR).starts_with(GetterKeyPrefix);
    for (const SlotBinding *B : Bound) {
      SocketSite Copy = S;
      Copy.Holder = B->Arg;
      if (!ThroughGetter) {
        Copy.Loc = B->Loc; // the call that hands this slot to the opening helper
        Copy.Function = B->Caller;
        // It now sits where the call does: in the caller's loops and branch arms (a C
        // helper called in a loop opens one socket per round).
        Placement Helper = S.In;
        Copy.In = B->In;
        Copy.In.LoopDepth += Helper.LoopDepth;
        if (B->In.LoopDepth == 0) {
          Copy.In.InRetryLoop = Helper.InRetryLoop;
          Copy.In.LoopRunsOnce = Helper.LoopRunsOnce;
        }
      }
      // A boundary written at a helper's opening call describes the socket only when the
      // helper opens one (test-inputs/boundaries/boundary-on-helper-opening-one-slot); a helper that
      // opens several cannot say which one it means (test-inputs/identity/helper-opens-two-slots).
      if (Bound.size() > 1)
        Copy.BoundaryComments.clear();
      Sites.push_back(std::move(Copy));
    }
  }
  M.Sites = std::move(Sites);
  // Evidence, and close handlers registered on a parameter (a helper that sets the
  // delegate of whatever socket it is given: test-inputs/libraries/socketrocket/socketrocket-helper-and-getter).
  copyToBoundSlots(ByParam, M.EvidenceBySlot);
  copyToBoundSlots(ByParam, M.HandlersBySlot);
  copyToBoundSlots(ByParam, M.MessageHandlersBySlot);
}

size_t commonPrefix(const std::string &A, const std::string &B) {
  size_t N = 0;
  while (N < A.size() && N < B.size() && A[N] == B[N])
    ++N;
  return N;
}

/// Separate programs in one compilation database may each define a function of the same
/// name (two examples' `websocket_endpoint::connect`): one USR, several definitions in
/// different files. Such a USR is split per defining file, and each unit's references go
/// to its own definition, else to the definitions nearest its main file by directory
/// (test-inputs/two-programs-same-class-name). Inline functions defined in a header are
/// one definition seen by many units and stay one function.
FactSet splitDuplicateDefinitions(const FactSet &Facts) {
  std::map<std::string, std::set<std::string>> DefFiles;
  for (const auto &U : Facts.Units)
    for (const auto &F : U.Functions)
      DefFiles[F.USR].insert(F.Loc.File);
  std::set<std::string> Split;
  for (const auto &[USR, Files] : DefFiles)
    if (Files.size() > 1)
      Split.insert(USR);
  if (Split.empty())
    return Facts;
  FactSet Out = Facts;
  for (auto &U : Out.Units) {
    std::map<std::string, std::string> Own;
    for (const auto &F : U.Functions)
      if (Split.count(F.USR))
        Own[F.USR] = definitionName(F.USR, F.Loc.File);
    auto Targets = [&](const std::string &USR) -> std::vector<std::string> {
      if (!Split.count(USR))
        return {USR};
      if (auto It = Own.find(USR); It != Own.end())
        return {It->second};
      size_t Best = 0;
      std::vector<std::string> Out;
      for (const auto &File : DefFiles[USR]) {
        size_t P = commonPrefix(File, U.MainFile);
        if (P > Best)
          Out.clear(), Best = P;
        if (P == Best)
          Out.push_back(definitionName(USR, File));
      }
      return Out;
    };
    auto One = [&](std::string &USR) {
      if (Split.count(USR))
        USR = Targets(USR).front();
    };
    for (auto &F : U.Functions)
      One(F.USR);
    for (auto &S : U.Sites)
      One(S.Function);
    for (auto &E : U.Evidences)
      One(E.Function);
    for (auto &B : U.Bindings)
      One(B.Caller);
    std::vector<CallEdge> Edges;
    for (const auto &E : U.Edges)
      for (const auto &Caller : Targets(E.Caller))
        for (const auto &Callee : Targets(E.Callee)) {
          CallEdge Copy = E;
          Copy.Caller = Caller;
          Copy.Callee = Callee;
          if (!Copy.Via.empty())
            Copy.Via = Targets(Copy.Via).front();
          Edges.push_back(std::move(Copy));
        }
    U.Edges = std::move(Edges);
  }
  return Out;
}

} // namespace

Program buildProgram(const FactSet &Input, const std::vector<size_t> *Only) {
  FactSet Subset;
  if (Only)
    for (size_t I : *Only)
      Subset.Units.push_back(Input.Units[I]);
  FactSet Facts = splitDuplicateDefinitions(Only ? Subset : Input);
  Program M;
  std::set<CallEdge> Edges;
  std::set<std::pair<SourceLoc, std::string>> SeenSites, SeenEvidence;
  for (const auto &U : Facts.Units) {
    if (!U.Complete) {
      M.FailedUnits.insert(U.MainFile);
      if (U.Truncated)
        M.FailedMentions[U.MainFile].insert(U.Mentions.begin(), U.Mentions.end());
    }
    for (const auto &F : U.Functions) {
      M.Functions.emplace(F.USR, F);
      if (!U.Complete)
        M.FailedUnitsOf[F.USR].insert(U.MainFile);
      if (!U.TargetKind.empty())
        M.TargetKindOf.emplace(F.USR, U.TargetKind);
    }
  }
  // A function a complete TU also defines (inline, in a header) is fully known.
  for (const auto &U : Facts.Units) {
    if (!U.Complete)
      continue;
    for (const auto &F : U.Functions)
      M.FailedUnitsOf.erase(F.USR);
  }
  for (const auto &U : Facts.Units) {
    for (const auto &E : U.Edges)
      if (Edges.insert(E).second)
        M.Edges.push_back(E);
    for (const auto &S : U.Sites)
      if (SeenSites.insert({S.Loc, S.Holder.USR}).second)
        M.Sites.push_back(S);
    for (const auto &E : U.Evidences)
      if (!SeenEvidence.insert({E.Loc, evidenceKey(E)}).second)
        continue;
      else if (E.Kind == EvidenceKind::PongReply) {
        M.Pongs.push_back(E);
        if (!E.SlotUSR.empty()) // sent on a socket: that socket's evidence too
          M.EvidenceBySlot[E.SlotUSR].push_back(E);
      } else
        M.EvidenceBySlot[E.SlotUSR].push_back(E);
  }
  std::set<std::pair<SourceLoc, std::string>> SeenHandlers;
  for (const auto &U : Facts.Units) {
    for (const auto &H : U.Handlers)
      if (SeenHandlers.insert({H.Loc, (H.Message ? "message|" : "") + H.SlotUSR + "|" + H.Handler})
              .second)
        (H.Message ? M.MessageHandlersBySlot : M.HandlersBySlot)[H.SlotUSR].push_back(H);
    for (const auto &D : U.Delays)
      if (SeenHandlers.insert({D.Loc, "delay|" + D.Function}).second)
        M.DelaysByFunction[D.Function].push_back(D);
    for (const auto &I : U.Instantiations)
      if (SeenHandlers.insert({I.Loc, "instance|" + I.Record}).second) {
        if (I.Counted)
          for (const auto &R : I.Covers)
            M.InstancesCovering[R].push_back(M.Instances.size());
        M.InstancesIn[I.Function].push_back(M.Instances.size());
        if (!I.Fills.empty())
          M.InstancesFilling[I.Fills].push_back(M.Instances.size());
        M.Instances.push_back(I);
      }
    for (const auto &P : U.PerRequest)
      if (SeenHandlers.insert({P.Loc, "per-request|" + P.Function}).second)
        M.PerRequest.push_back(P);
    for (const auto &Mb : U.Members)
      M.Members.emplace(Mb.USR, Mb);
  }
  indexEdges(M);
  resolveParameters(Facts, M);
  for (const auto &[Slot, Evs] : M.EvidenceBySlot)
    for (const Evidence &E : Evs)
      if (E.Kind == EvidenceKind::Close)
        M.ClosersOf[Slot].insert(E.Function);
  std::stable_sort(M.Sites.begin(), M.Sites.end(),
                   [](const SocketSite &A, const SocketSite &B) { return A.Loc < B.Loc; });
  return M;
}

void indexEdges(Program &M) {
  M.EdgesOf.clear();
  M.Callers.clear();
  M.Callees.clear();
  M.Callbacks.clear();
  M.Direct.clear();
  for (const CallEdge &E : M.Edges) {
    M.EdgesOf[E.Caller].push_back(E);
    M.Callers[E.Callee].push_back(E.Caller);
    M.Callees[E.Caller].push_back(E.Callee);
    if (handsOn(E.Kind))
      M.Callbacks.insert(E.Callee);
    else
      M.Direct[E.Caller].push_back(E.Callee);
  }
}

std::vector<size_t> linkUnits(const FactSet &Facts, const std::vector<size_t> &Start) {
  const auto &Units = Facts.Units;
  std::map<std::string, std::vector<size_t>> DefinedBy;
  std::set<std::string> Frameworks;
  for (size_t U = 0; U < Units.size(); ++U)
    for (const auto &F : Units[U].Functions) {
      if (F.Strong)
        DefinedBy[F.USR].push_back(U);
      if (F.Kind == NodeKind::Framework)
        Frameworks.insert(F.USR);
    }
  std::set<size_t> FrameworkUnits;
  std::map<std::string, std::vector<std::string>> OverridesOf; // class -> its overrides
  for (size_t U = 0; U < Units.size(); ++U)
    for (const auto &E : Units[U].Edges) {
      if (Frameworks.count(E.Caller))
        FrameworkUnits.insert(U);
      if (!E.Class.empty())
        OverridesOf[E.Class].push_back(E.Callee);
    }
  std::set<size_t> In;
  std::vector<size_t> Work;
  auto Take = [&](size_t U) {
    if (In.insert(U).second)
      Work.push_back(U);
  };
  for (size_t U : Start)
    Take(U);
  for (size_t U = 0; U < Units.size(); ++U)
    if (!Units[U].Complete)
      Take(U);
  const std::string &Home = Start.empty() ? std::string() : Units[Start.front()].MainFile;
  auto Want = [&](const std::string &USR) {
    auto It = DefinedBy.find(USR);
    if (It == DefinedBy.end() ||
        std::any_of(It->second.begin(), It->second.end(), [&](size_t U) { return In.count(U); }))
      return;
    size_t Best = 0;
    std::vector<size_t> Nearest;
    for (size_t U : It->second) {
      size_t P = commonPrefix(Units[U].MainFile, Home);
      if (P > Best || Nearest.empty())
        Nearest.clear(), Best = P;
      if (P == Best)
        Nearest.push_back(U);
    }
    for (size_t U : Nearest)
      Take(U);
  };
  std::set<std::string> Made;
  while (!Work.empty()) {
    size_t U = Work.back();
    Work.pop_back();
    for (const auto &E : Units[U].Edges) {
      Want(E.Callee);
      if (!E.Via.empty())
        Want(E.Via);
      if (Frameworks.count(E.Callee))
        for (size_t F : FrameworkUnits)
          Take(F);
    }
    for (const auto &I : Units[U].Instantiations)
      for (const auto &C : I.Covers)
        if (Made.insert(C).second)
          if (auto It = OverridesOf.find(C); It != OverridesOf.end())
            for (const auto &O : It->second)
              Want(O);
  }
  return std::vector<size_t>(In.begin(), In.end());
}

} // namespace merge
} // namespace wslint
