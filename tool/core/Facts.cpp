// SPDX-License-Identifier: Apache-2.0
#include "Facts.h"

#include "llvm/Support/JSON.h"

#include <algorithm>
#include <limits>
#include <set>
#include <tuple>

namespace wslint {

bool operator<(const SourceLoc &A, const SourceLoc &B) {
  return std::tie(A.File, A.Line, A.Column) < std::tie(B.File, B.Line, B.Column);
}

bool operator<(const CallEdge &A, const CallEdge &B) {
  return std::tie(A.Caller, A.Callee, A.Kind, A.Branch, A.InRetryLoop, A.InItemLoop, A.Via,
                  A.Class, A.Receiver) < std::tie(B.Caller, B.Callee, B.Kind, B.Branch,
                                                  B.InRetryLoop, B.InItemLoop, B.Via, B.Class,
                                                  B.Receiver);
}

namespace {
// One table per enum keeps the spelling used in facts files in one place.
template <typename E> struct EnumName {
  E Value;
  const char *Name;
};
constexpr EnumName<SlotKind> SlotKindNames[] = {
    {SlotKind::Field, "field"},       {SlotKind::Global, "global"},
    {SlotKind::Local, "local"},       {SlotKind::Parameter, "parameter"},
    {SlotKind::Returned, "returned"},
    {SlotKind::Element, "element"},   {SlotKind::Temporary, "temporary"},
    {SlotKind::Unknown, "unknown"}};
constexpr EnumName<EvidenceKind> EvidenceKindNames[] = {
    {EvidenceKind::Heartbeat, "heartbeat"},
    {EvidenceKind::HeartbeatOff, "heartbeat-off"},
    {EvidenceKind::AsyncRead, "async-read"},
    {EvidenceKind::Ping, "ping"},
    {EvidenceKind::ReconnectDefault, "reconnect-default"},
    {EvidenceKind::ReconnectOff, "reconnect-off"},
    {EvidenceKind::ReconnectStop, "reconnect-stop"},
    {EvidenceKind::Send, "send"},
    {EvidenceKind::PongReply, "pong-reply"},
    {EvidenceKind::Close, "close"}};
constexpr EnumName<Lifetime> LifetimeNames[] = {{Lifetime::Scoped, "scoped"},
                                                {Lifetime::Kept, "kept"},
                                                {Lifetime::Returned, "returned"}};
constexpr EnumName<NodeKind> NodeKindNames[] = {{NodeKind::Function, "function"},
                                                {NodeKind::Variable, "variable"},
                                                {NodeKind::Field, "field"},
                                                {NodeKind::Framework, "framework"}};
constexpr EnumName<EdgeKind> EdgeKindNames[] = {{EdgeKind::Call, "call"},
                                                {EdgeKind::Callback, "callback"},
                                                {EdgeKind::Repeating, "repeating"},
                                                {EdgeKind::Thread, "thread"},
                                                {EdgeKind::Posted, "posted"}};

template <typename E, size_t N>
const char *nameOf(const EnumName<E> (&Table)[N], E V) {
  for (const auto &Entry : Table)
    if (Entry.Value == V)
      return Entry.Name;
  return "?";
}
template <typename E, size_t N>
std::optional<E> valueOf(const EnumName<E> (&Table)[N], const std::string &S) {
  for (const auto &Entry : Table)
    if (S == Entry.Name)
      return Entry.Value;
  return std::nullopt;
}

template <typename E, size_t N>
bool enumFromJSON(const EnumName<E> (&Table)[N], const llvm::json::Value &V, E &Out,
                  llvm::json::Path P) {
  auto S = V.getAsString();
  if (!S) {
    P.report("expected a string");
    return false;
  }
  auto Parsed = valueOf(Table, S->str());
  if (!Parsed) {
    P.report("unknown value");
    return false;
  }
  Out = *Parsed;
  return true;
}
} // namespace

const char *slotKindName(SlotKind K) { return nameOf(SlotKindNames, K); }
std::optional<SlotKind> parseSlotKind(const std::string &S) {
  return valueOf(SlotKindNames, S);
}
std::string evidenceKey(const Evidence &E) {
  return E.SlotUSR + "|" + evidenceKindName(E.Kind) + (E.LibraryDefault ? "|default" : "");
}

const char *evidenceKindName(EvidenceKind K) { return nameOf(EvidenceKindNames, K); }
const char *lifetimeName(Lifetime L) { return nameOf(LifetimeNames, L); }
std::optional<EvidenceKind> parseEvidenceKind(const std::string &S) {
  return valueOf(EvidenceKindNames, S);
}

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

Value toJSON(const SourceLoc &L) {
  return Object{{"file", L.File}, {"line", L.Line}, {"column", L.Column}};
}

static Value commentsToJSON(const std::vector<std::pair<SourceLoc, std::string>> &Cs) {
  Array Out;
  for (const auto &[Loc, Text] : Cs)
    Out.push_back(Object{{"loc", toJSON(Loc)}, {"text", Text}});
  return Out;
}

static bool commentsFromJSON(const Value &V, llvm::StringLiteral Key,
                             std::vector<std::pair<SourceLoc, std::string>> &Out,
                             llvm::json::Path P) {
  const Object *Obj = V.getAsObject();
  const Array *A = Obj ? Obj->getArray(Key) : nullptr;
  if (!A) {
    P.field(Key).report("expected an array");
    return false;
  }
  for (size_t I = 0; I < A->size(); ++I) {
    llvm::json::ObjectMapper C((*A)[I], P.field(Key).index(I));
    SourceLoc Loc;
    std::string Text;
    if (!(C && C.map("loc", Loc) && C.map("text", Text)))
      return false;
    Out.emplace_back(std::move(Loc), std::move(Text));
  }
  return true;
}

static Value toJSON(const Placement &P) {
  return Object{{"loop_depth", P.LoopDepth},
                {"in_retry_loop", P.InRetryLoop},
                {"loop_runs_once", P.LoopRunsOnce},
                {"loop_per_item", P.LoopPerItem},
                {"branch", P.Branch}};
}

static Value toJSON(const Slot &S) {
  Object O{{"usr", S.USR},
           {"name", S.Name},
           {"kind", slotKindName(S.Kind)},
           {"decl", toJSON(S.Decl)},
           {"declared_in_loop", S.DeclaredInLoop},
           {"escapes", S.Escapes},
           {"decl_comments", commentsToJSON(S.DeclComments)},
           {"record", S.Record}};
  if (!S.Holds.empty())
    O["holds"] = S.Holds;
  if (S.Self)
    O["self"] = true;
  return O;
}

static Value toJSON(const SocketSite &S) {
  return Object{{"library", S.Library},
                {"library_name", S.LibraryName},
                {"open_call", S.OpenCall},
                {"loc", toJSON(S.Loc)},
                {"function", S.Function},
                {"slot", toJSON(S.Holder)},
                {"endpoint", S.Endpoint},
                {"endpoint_is_literal", S.EndpointIsLiteral},
                {"endpoint_elsewhere", S.EndpointElsewhere},
                {"in", toJSON(S.In)},
                {"client_kind", S.ClientKind},
                {"owner", S.OwnerUSR},
                {"boundary_comments", commentsToJSON(S.BoundaryComments)}};
}

static Value toJSON(const Evidence &E) {
  Object O{{"kind", evidenceKindName(E.Kind)},
           {"library", E.Library},
           {"slot", E.SlotUSR},
           {"function", E.Function},
           {"loc", toJSON(E.Loc)},
           {"detail", E.Detail},
           {"library_default", E.LibraryDefault},
           {"in_loop", E.InLoop},
           {"backoff", E.Backoff},
           {"condition", E.Condition},
           {"interval_seconds", E.IntervalSeconds}};
  if (E.Needs)
    O["needs"] = evidenceKindName(*E.Needs);
  return O;
}

Value toJSON(const TUFacts &F) {
  Array Sites, Evidences, Functions, Edges, Errors, Bindings, Handlers, Delays, Instances,
      Suppressions;
  for (const auto &S : F.Suppressions)
    Suppressions.push_back(Object{{"loc", toJSON(S.Loc)}, {"text", S.Text}});
  for (const auto &I : F.Instantiations) {
    Object O{{"record", I.Record},
             {"name", I.Name},
             {"function", I.Function},
             {"loc", toJSON(I.Loc)},
             {"in", toJSON(I.In)},
             {"lifetime", lifetimeName(I.Life)},
             {"element", I.Element},
             {"covers", I.Covers},
             {"boundary_comments", commentsToJSON(I.BoundaryComments)}};
    if (!I.Counted)
      O["counted"] = false;
    if (!I.CoveredThrough.empty()) {
      Object Through;
      for (const auto &[Record, Member] : I.CoveredThrough)
        Through[Record] = Member;
      O["covered_through"] = std::move(Through);
    }
    if (!I.Fills.empty()) {
      O["fills"] = I.Fills;
      O["fills_in_constructor"] = I.FillsInConstructor;
    }
    Instances.push_back(std::move(O));
  }
  Array Members;
  for (const auto &M : F.Members)
    Members.push_back(Object{
        {"usr", M.USR}, {"name", M.Name}, {"record", M.Record}, {"loc", toJSON(M.Loc)}});
  Array PerRequest;
  for (const auto &P : F.PerRequest)
    PerRequest.push_back(
        Object{{"function", P.Function}, {"loc", toJSON(P.Loc)}, {"detail", P.Detail}});
  for (const auto &H : F.Handlers)
    Handlers.push_back(Object{{"slot", H.SlotUSR},
                              {"handler", H.Handler},
                              {"loc", toJSON(H.Loc)},
                              {"detail", H.Detail},
                              {"backoff", H.Backoff},
                              {"event", H.Event},
                              {"message", H.Message}});
  for (const auto &D : F.Delays)
    Delays.push_back(Object{{"function", D.Function},
                            {"loc", toJSON(D.Loc)},
                            {"backoff", D.Backoff},
                            {"detail", D.Detail},
                            {"in_loop", D.InLoop},
                            {"callbacks", D.Callbacks},
                            {"seconds", D.Seconds}});
  for (const auto &B : F.Bindings)
    Bindings.push_back(Object{{"param", B.ParamUSR},
                              {"arg", toJSON(B.Arg)},
                              {"caller", B.Caller},
                              {"loc", toJSON(B.Loc)},
                              {"in", toJSON(B.In)}});
  for (const auto &S : F.Sites)
    Sites.push_back(toJSON(S));
  for (const auto &E : F.Evidences)
    Evidences.push_back(toJSON(E));
  for (const auto &Fn : F.Functions) {
    Object O{{"usr", Fn.USR}, {"name", Fn.Name}, {"loc", toJSON(Fn.Loc)}, {"entry", Fn.IsEntry}};
    if (Fn.Kind != NodeKind::Function)
      O["kind"] = nameOf(NodeKindNames, Fn.Kind);
    if (!Fn.ClientKind.empty())
      O["client_kind"] = Fn.ClientKind;
    if (Fn.Strong)
      O["strong"] = true;
    Functions.push_back(std::move(O));
  }
  for (const auto &E : F.Edges) {
    Array A{E.Caller, E.Callee, nameOf(EdgeKindNames, E.Kind)};
    // Where the call is, when a call expression makes the edge, who stores a function in
    // storage, and the member whose object the callee runs on: [file, line, column,
    // branch, in-retry-loop, in-item-loop, via, receiver]. An override's edge has no
    // place, only its class: [class].
    if (E.Loc.valid() || !E.Via.empty())
      for (Value V : {Value(E.Loc.File), Value(E.Loc.Line), Value(E.Loc.Column),
                      Value(E.Branch), Value(E.InRetryLoop), Value(E.InItemLoop), Value(E.Via),
                      Value(E.Receiver)})
        A.push_back(std::move(V));
    else if (!E.Class.empty())
      A.push_back(E.Class);
    Edges.push_back(std::move(A));
  }
  for (const auto &E : F.Errors)
    Errors.push_back(Object{{"loc", toJSON(E.Loc)}, {"message", E.Message}});
  Object O{{"main_file", F.MainFile},     {"complete", F.Complete},
           {"sites", std::move(Sites)},   {"evidence", std::move(Evidences)},
           {"functions", std::move(Functions)}, {"edges", std::move(Edges)},
           {"bindings", std::move(Bindings)}, {"handlers", std::move(Handlers)},
           {"delays", std::move(Delays)},     {"errors", std::move(Errors)},
           {"instantiations", std::move(Instances)},
           {"per_request", std::move(PerRequest)}, {"members", std::move(Members)},
           {"suppressions", std::move(Suppressions)}, {"reads", F.Reads},
           {"mentions", F.Mentions}, {"truncated", F.Truncated}, {"skipped", F.Skipped}};
  if (!F.TargetKind.empty())
    O["target_kind"] = F.TargetKind;
  if (!F.Vendored.empty()) {
    Array Copies;
    for (const auto &C : F.Vendored)
      Copies.push_back(Array{C.Place, C.Library});
    O["vendored"] = std::move(Copies);
  }
  return O;
}

Value toJSON(const FactSet &F) {
  Array Units, Targets;
  for (const auto &U : F.Units)
    Units.push_back(toJSON(U));
  for (const auto &T : F.Targets)
    Targets.push_back(Object{{"name", T.Name},
                             {"type", T.Type},
                             {"sources", T.Sources},
                             {"dependencies", T.Dependencies}});
  Object O{{"wslint_facts", 1}, {"units", std::move(Units)}};
  if (!Targets.empty())
    O["targets"] = std::move(Targets);
  return O;
}

/// llvm::json reads 64-bit integers only; facts use unsigned.
static bool mapUnsigned(llvm::json::ObjectMapper &O, llvm::StringLiteral Key, unsigned &Out) {
  int64_t V = 0;
  if (!O.map(Key, V))
    return false;
  if (V < 0 || V > std::numeric_limits<unsigned>::max())
    return false;
  Out = static_cast<unsigned>(V);
  return true;
}

bool fromJSON(const Value &V, SourceLoc &L, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("file", L.File) && mapUnsigned(O, "line", L.Line) &&
         mapUnsigned(O, "column", L.Column);
}

static bool fromJSON(const Value &V, Placement &In, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && mapUnsigned(O, "loop_depth", In.LoopDepth) &&
         O.map("in_retry_loop", In.InRetryLoop) && O.map("loop_runs_once", In.LoopRunsOnce) &&
         O.map("loop_per_item", In.LoopPerItem) && O.map("branch", In.Branch);
}

static bool fromJSON(const Value &V, Slot &S, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  std::string Kind;
  if (!(O && O.map("usr", S.USR) && O.map("name", S.Name) && O.map("kind", Kind) &&
        O.map("decl", S.Decl) && O.map("declared_in_loop", S.DeclaredInLoop) &&
        O.map("escapes", S.Escapes) &&
        commentsFromJSON(V, "decl_comments", S.DeclComments, P) &&
        O.map("record", S.Record) && O.mapOptional("holds", S.Holds) &&
        O.mapOptional("self", S.Self)))
    return false;
  auto K = parseSlotKind(Kind);
  if (!K) {
    P.field("kind").report("unknown slot kind");
    return false;
  }
  S.Kind = *K;
  return true;
}

static bool fromJSON(const Value &V, SocketSite &S, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  if (!(O && O.map("library", S.Library) && O.map("library_name", S.LibraryName) &&
        O.map("open_call", S.OpenCall) && O.map("loc", S.Loc) &&
        O.map("function", S.Function) && O.map("slot", S.Holder) &&
        O.map("endpoint", S.Endpoint) && O.map("endpoint_is_literal", S.EndpointIsLiteral) &&
        O.map("endpoint_elsewhere", S.EndpointElsewhere) && O.map("in", S.In) &&
        O.map("client_kind", S.ClientKind) && O.map("owner", S.OwnerUSR)))
    return false;
  if (!commentsFromJSON(V, "boundary_comments", S.BoundaryComments, P))
    return false;
  return true;
}

static bool fromJSON(const Value &V, Evidence &E, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  std::string Kind;
  std::optional<std::string> Needs;
  if (!(O && O.map("kind", Kind) && O.map("library", E.Library) &&
        O.map("slot", E.SlotUSR) && O.map("function", E.Function) &&
        O.map("loc", E.Loc) && O.map("detail", E.Detail) &&
        O.map("library_default", E.LibraryDefault) && O.map("in_loop", E.InLoop) && O.map("backoff", E.Backoff) &&
        O.map("condition", E.Condition) && O.map("interval_seconds", E.IntervalSeconds) &&
        O.mapOptional("needs", Needs)))
    return false;
  auto K = parseEvidenceKind(Kind);
  if (!K) {
    P.field("kind").report("unknown evidence kind");
    return false;
  }
  E.Kind = *K;
  if (Needs) {
    E.Needs = parseEvidenceKind(*Needs);
    if (!E.Needs) {
      P.field("needs").report("unknown evidence kind");
      return false;
    }
  }
  return true;
}

static bool fromJSON(const Value &V, FunctionFact &F, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  if (!(O && O.map("usr", F.USR) && O.map("name", F.Name) && O.map("loc", F.Loc) &&
        O.map("entry", F.IsEntry) && O.mapOptional("client_kind", F.ClientKind) &&
        O.mapOptional("strong", F.Strong)))
    return false;
  const Value *Kind = V.getAsObject()->get("kind");
  return !Kind || enumFromJSON(NodeKindNames, *Kind, F.Kind, P.field("kind"));
}

static bool fromJSON(const Value &V, CallEdge &E, llvm::json::Path P) {
  const Array *A = V.getAsArray();
  if (!A || (A->size() != 3 && A->size() != 4 && A->size() != 11)) {
    P.report("expected [caller, callee, kind], [caller, callee, kind, class] or [caller, "
             "callee, kind, file, line, column, branch, in-retry-loop, in-item-loop, via, "
             "receiver]");
    return false;
  }
  auto Caller = (*A)[0].getAsString(), Callee = (*A)[1].getAsString();
  if (!Caller || !Callee) {
    P.report("expected strings");
    return false;
  }
  E.Caller = Caller->str();
  E.Callee = Callee->str();
  if (A->size() == 4) {
    auto Class = (*A)[3].getAsString();
    if (!Class) {
      P.report("expected the override's class");
      return false;
    }
    E.Class = Class->str();
  }
  if (A->size() == 11) {
    auto File = (*A)[3].getAsString(), Branch = (*A)[6].getAsString();
    auto Line = (*A)[4].getAsInteger(), Column = (*A)[5].getAsInteger();
    auto Retry = (*A)[7].getAsBoolean(), InItemLoop = (*A)[8].getAsBoolean();
    auto Via = (*A)[9].getAsString(), Receiver = (*A)[10].getAsString();
    if (!File || !Branch || !Line || !Column || !Retry || !InItemLoop || !Via || !Receiver ||
        *Line < 0 ||
        *Column < 0 ||
        *Line > std::numeric_limits<unsigned>::max() ||
        *Column > std::numeric_limits<unsigned>::max()) {
      P.report("malformed call location");
      return false;
    }
    E.Loc = {File->str(), static_cast<unsigned>(*Line), static_cast<unsigned>(*Column)};
    E.Branch = Branch->str();
    E.InRetryLoop = *Retry;
    E.InItemLoop = *InItemLoop;
    E.Via = Via->str();
    E.Receiver = Receiver->str();
  }
  return enumFromJSON(EdgeKindNames, (*A)[2], E.Kind, P.index(2));
}

static bool fromJSON(const Value &V, SlotBinding &B, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("param", B.ParamUSR) && O.map("arg", B.Arg) &&
         O.map("caller", B.Caller) && O.map("loc", B.Loc) && O.map("in", B.In);
}

static bool fromJSON(const Value &V, HandlerFact &H, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("slot", H.SlotUSR) && O.map("handler", H.Handler) &&
         O.map("loc", H.Loc) && O.map("detail", H.Detail) && O.map("backoff", H.Backoff) &&
         O.map("event", H.Event) && O.map("message", H.Message);
}

static bool fromJSON(const Value &V, DelayFact &D, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("function", D.Function) && O.map("loc", D.Loc) &&
         O.map("backoff", D.Backoff) && O.map("detail", D.Detail) &&
         O.map("in_loop", D.InLoop) && O.map("callbacks", D.Callbacks) &&
         O.map("seconds", D.Seconds);
}

static bool fromJSON(const Value &V, InstantiationFact &I, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  std::string Life;
  if (!(O && O.map("record", I.Record) && O.map("name", I.Name) &&
        O.map("function", I.Function) && O.map("loc", I.Loc) && O.map("in", I.In) &&
        O.map("lifetime", Life) && O.map("element", I.Element) && O.map("covers", I.Covers) &&
        O.mapOptional("counted", I.Counted) &&
        O.mapOptional("covered_through", I.CoveredThrough) &&
        O.mapOptional("fills", I.Fills) &&
        O.mapOptional("fills_in_constructor", I.FillsInConstructor) &&
        commentsFromJSON(V, "boundary_comments", I.BoundaryComments, P)))
    return false;
  auto L = valueOf(LifetimeNames, Life);
  if (!L) {
    P.field("lifetime").report("unknown lifetime");
    return false;
  }
  I.Life = *L;
  return true;
}

static bool fromJSON(const Value &V, MemberFact &M, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("usr", M.USR) && O.map("name", M.Name) && O.map("record", M.Record) &&
         O.map("loc", M.Loc);
}

static bool fromJSON(const Value &V, PerRequestFact &R, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("function", R.Function) && O.map("loc", R.Loc) &&
         O.map("detail", R.Detail);
}

static bool fromJSON(const Value &V, BuildTarget &T, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("name", T.Name) && O.map("type", T.Type) && O.map("sources", T.Sources) &&
         O.map("dependencies", T.Dependencies);
}

static bool fromJSON(const Value &V, SuppressionFact &S, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("loc", S.Loc) && O.map("text", S.Text);
}

static bool fromJSON(const Value &V, VendoredCopy &C, llvm::json::Path P) {
  const llvm::json::Array *A = V.getAsArray();
  if (!A || A->size() != 2) {
    P.report("expected [place, library]");
    return false;
  }
  return fromJSON((*A)[0], C.Place, P.index(0)) && fromJSON((*A)[1], C.Library, P.index(1));
}

static bool fromJSON(const Value &V, ExtractError &E, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("loc", E.Loc) && O.map("message", E.Message);
}

bool fromJSON(const Value &V, TUFacts &F, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  return O && O.map("main_file", F.MainFile) && O.map("complete", F.Complete) &&
         O.map("sites", F.Sites) && O.map("evidence", F.Evidences) &&
         O.map("functions", F.Functions) && O.map("edges", F.Edges) &&
         O.map("bindings", F.Bindings) && O.map("handlers", F.Handlers) &&
         O.map("delays", F.Delays) && O.map("errors", F.Errors) &&
         O.map("instantiations", F.Instantiations) && O.map("per_request", F.PerRequest) &&
         O.map("members", F.Members) &&
         O.map("suppressions", F.Suppressions) && O.map("reads", F.Reads) &&
         O.mapOptional("mentions", F.Mentions) && O.mapOptional("truncated", F.Truncated) &&
         O.mapOptional("skipped", F.Skipped) && O.mapOptional("target_kind", F.TargetKind) &&
         O.mapOptional("vendored", F.Vendored);
}

bool fromJSON(const Value &V, FactSet &F, llvm::json::Path P) {
  llvm::json::ObjectMapper O(V, P);
  int Version = 0;
  if (!(O && O.map("wslint_facts", Version)))
    return false;
  if (Version != 1) {
    P.field("wslint_facts").report("unsupported facts version");
    return false;
  }
  return O.map("units", F.Units) && O.mapOptional("targets", F.Targets);
}

void FactSet::canonicalize() {
  for (auto &U : Units) {
    auto ByLoc = [](const auto &A, const auto &B) { return A.Loc < B.Loc; };
    std::stable_sort(U.Sites.begin(), U.Sites.end(), ByLoc);
    std::stable_sort(U.Evidences.begin(), U.Evidences.end(), ByLoc);
    std::stable_sort(U.Errors.begin(), U.Errors.end(), ByLoc);
    std::stable_sort(U.Bindings.begin(), U.Bindings.end(), ByLoc);
    std::stable_sort(U.Handlers.begin(), U.Handlers.end(), ByLoc);
    std::stable_sort(U.Delays.begin(), U.Delays.end(), ByLoc);
    std::stable_sort(U.Instantiations.begin(), U.Instantiations.end(), ByLoc);
    std::stable_sort(U.PerRequest.begin(), U.PerRequest.end(), ByLoc);
    std::sort(U.Members.begin(), U.Members.end(),
              [](const MemberFact &A, const MemberFact &B) { return A.USR < B.USR; });
    U.Members.erase(std::unique(U.Members.begin(), U.Members.end(),
                                [](const MemberFact &A, const MemberFact &B) {
                                  return A.USR == B.USR;
                                }),
                    U.Members.end());
    std::stable_sort(U.Suppressions.begin(), U.Suppressions.end(), ByLoc);
    std::sort(U.Functions.begin(), U.Functions.end(),
              [](const FunctionFact &A, const FunctionFact &B) { return A.USR < B.USR; });
    // Edges keep source order (it is the order a client opens its sockets in); only
    // repeats go.
    std::set<CallEdge> Seen;
    U.Edges.erase(std::remove_if(U.Edges.begin(), U.Edges.end(),
                                 [&](const CallEdge &E) { return !Seen.insert(E).second; }),
                  U.Edges.end());
  }
  std::stable_sort(Units.begin(), Units.end(),
                   [](const TUFacts &A, const TUFacts &B) { return A.MainFile < B.MainFile; });
  std::stable_sort(Targets.begin(), Targets.end(),
                   [](const BuildTarget &A, const BuildTarget &B) { return A.Name < B.Name; });
}

} // namespace wslint
