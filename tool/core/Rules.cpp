// SPDX-License-Identifier: Apache-2.0
#include "Rules.h"
#include "Support.h"
#include "YamlUtil.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>

namespace wslint {

const DecisionRow *findRow(const std::vector<DecisionRow> &Table, const std::string &Id) {
  for (const auto &R : Table)
    if (R.Id == Id)
      return &R;
  return nullptr;
}

const DecisionRow *RuleSet::row(const std::string &Id) const {
  return findRow(DecisionTable, Id);
}

std::vector<std::string> RuleSet::socketHeaderGlobs() const {
  std::vector<std::string> Out;
  for (const auto &L : Libraries)
    if (!L.OpenCalls.empty())
      Out.insert(Out.end(), L.Headers.begin(), L.Headers.end());
  return Out;
}

namespace {

const std::vector<std::string> FieldWants = {"true", "false", "finite", "positive"};

const std::vector<std::string> &backoffKinds() {
  static const std::vector<std::string> Kinds = {"none", "fixed", "exponential",
                                                 "exponential-jitter"};
  return Kinds;
}
bool isBackoffKind(const std::string &K) {
  return std::find(backoffKinds().begin(), backoffKinds().end(), K) != backoffKinds().end();
}
const std::vector<std::string> EvidenceNeeds = {"async-read"};

std::vector<std::string> names(YamlReader &R, const YAML::Node &N) {
  return R.stringList(N);
}

/// A call pattern is written as `method: X` / `method: [X, Y]` or `function: F` with an
/// optional `socket-arg: N`, inline in the owning mapping.
bool readCallKey(YamlReader &R, CallPattern &P, const std::string &Key,
                 const YAML::Node &V) {
  if (Key == "method") {
    P.Methods = names(R, V);
  } else if (Key == "function") {
    P.Functions = names(R, V);
  } else if (Key == "constructor") {
    P.Constructor = R.boolean(V);
  } else if (Key == "param-types") {
    P.ParamTypes = names(R, V);
  } else if (Key == "socket-arg") {
    P.SocketArg = static_cast<int>(R.unsignedInt(V));
  } else if (Key == "socket") {
    std::string W = R.scalar(V);
    if (W == "result")
      P.SocketIsResult = true;
    else if (W != "object")
      R.fail(V, "'socket' is 'object' or 'result'", W, {"object", "result"});
  } else if (Key == "of-type") {
    P.OfType = names(R, V);
  } else if (Key == "arg-text" || Key == "arg-prepared-by") {
    if (!V.IsMap()) {
      R.fail(V, "expected a mapping of argument index to " +
                    std::string(Key == "arg-text" ? "text" : "method name"));
      return true;
    }
    auto &Map = Key == "arg-text" ? P.ArgText : P.ArgPreparedBy;
    for (const auto &KV : V) {
      unsigned Idx = R.unsignedInt(KV.first);
      Map[Idx] = R.scalar(KV.second);
    }
  } else {
    return false;
  }
  return true;
}

const std::vector<std::string> CallKeys = {"method",     "function",   "constructor",
                                           "param-types", "socket-arg", "socket",
                                           "arg-text",   "of-type",    "arg-prepared-by"};

std::vector<std::string> withCallKeys(std::vector<std::string> Keys) {
  Keys.insert(Keys.end(), CallKeys.begin(), CallKeys.end());
  return Keys;
}

void requireCall(YamlReader &R, const YAML::Node &N, const CallPattern &P) {
  if (!P.Methods.empty() + !P.Functions.empty() + P.Constructor != 1)
    R.fail(N, "name exactly one of 'method', 'function' or 'constructor: true'");
}

CallPattern readCall(YamlReader &R, const YAML::Node &N) {
  CallPattern P;
  R.mapping(N, CallKeys, [&](const std::string &K, const YAML::Node &V) {
    readCallKey(R, P, K, V);
  });
  requireCall(R, N, P);
  return P;
}

/// A list of call patterns: `[name, …]` of methods, or a list of mappings.
CallPattern readMethodList(YamlReader &R, const YAML::Node &N) {
  CallPattern P;
  P.Methods = names(R, N);
  return P;
}

StructFactory readFactory(YamlReader &R, const YAML::Node &N) {
  StructFactory F;
  R.mapping(N, {"function", "argument", "cases"},
            [&](const std::string &K, const YAML::Node &V) {
              if (K == "function") {
                F.Function = R.scalar(V);
              } else if (K == "argument") {
                F.Argument = R.unsignedInt(V);
              } else {
                if (!V.IsMap()) {
                  R.fail(V, "expected a mapping of enumerator to field values");
                  return;
                }
                for (const auto &Case : V) {
                  std::string Enumerator = R.scalar(Case.first);
                  auto &Fields = F.Cases[Enumerator];
                  if (!Case.second.IsMap()) {
                    R.fail(Case.second, "expected a mapping of field to value");
                    return;
                  }
                  for (const auto &Fv : Case.second)
                    Fields[R.scalar(Fv.first)] = R.scalar(Fv.second);
                }
              }
            });
  if (F.Function.empty())
    R.fail(N, "a factory needs its 'function'");
  return F;
}

/// A unit of time as rules files spell it, in seconds.
double readTimeUnit(YamlReader &R, const YAML::Node &V) {
  std::string U = R.scalar(V);
  if (U == "s")
    return 1;
  if (U == "ms")
    return 1e-3;
  if (U == "us")
    return 1e-6;
  R.fail(V, "unknown unit of time '" + U + "'", U, {"s", "ms", "us"});
  return 0;
}

HeartbeatRule readHeartbeat(YamlReader &R, const YAML::Node &N) {
  HeartbeatRule H;
  R.mapping(N,
            withCallKeys({"argument", "struct", "require", "argument-is", "none-functions",
                          "factories", "needs", "describe", "interval-unit"}),
            [&](const std::string &K, const YAML::Node &V) {
              if (readCallKey(R, H.Call, K, V))
                return;
              if (K == "argument") {
                H.Argument = static_cast<int>(R.unsignedInt(V));
              } else if (K == "struct") {
                H.Struct = R.scalar(V);
              } else if (K == "require") {
                if (!V.IsMap()) {
                  R.fail(V, "expected a mapping of field to requirement");
                } else {
                  // Field names are the library's; only their wanted values are checked.
                  for (const auto &F : V) {
                    FieldRequirement Req{R.scalar(F.first), R.scalar(F.second)};
                    if (std::find(FieldWants.begin(), FieldWants.end(), Req.Want) ==
                        FieldWants.end())
                      R.fail(F.second, "unknown requirement '" + Req.Want + "'", Req.Want,
                             FieldWants);
                    H.Require.push_back(std::move(Req));
                  }
                }
              } else if (K == "argument-is") {
                H.ArgumentWant = R.scalar(V);
                if (std::find(FieldWants.begin(), FieldWants.end(), H.ArgumentWant) ==
                    FieldWants.end())
                  R.fail(V, "unknown requirement '" + H.ArgumentWant + "'", H.ArgumentWant,
                         FieldWants);
              } else if (K == "none-functions") {
                H.NoneFunctions = names(R, V);
              } else if (K == "interval-unit") {
                H.IntervalUnit = readTimeUnit(R, V);
              } else if (K == "factories") {
                R.sequence(V, [&](const YAML::Node &F) {
                  H.Factories.push_back(readFactory(R, F));
                });
              } else if (K == "needs") {
                H.Needs = R.scalar(V);
                if (std::find(EvidenceNeeds.begin(), EvidenceNeeds.end(), H.Needs) ==
                    EvidenceNeeds.end())
                  R.fail(V, "unknown evidence '" + H.Needs + "'", H.Needs, EvidenceNeeds);
              } else {
                H.Describe = R.scalar(V);
              }
            });
  requireCall(R, N, H.Call);
  if (!H.Struct.empty() && H.Argument < 0)
    R.fail(N, "a 'struct' heartbeat option needs the 'argument' that carries it");
  if (H.Describe.empty())
    R.fail(N, "a heartbeat rule needs 'describe' (how findings name the evidence)");
  return H;
}

ArgPart readArgPart(YamlReader &R, const YAML::Node &N, const std::vector<std::string> &Keys) {
  ArgPart A;
  bool HasArg = false;
  R.mapping(N, Keys, [&](const std::string &K, const YAML::Node &V) {
    if (K == "arg") {
      A.Arg = R.unsignedInt(V);
      HasArg = true;
    } else if (K == "field") {
      A.Field = R.scalar(V);
    } else if (K == "constructor-arg") {
      A.ConstructorArg = R.unsignedInt(V);
    } else {
      A.TypeContains = R.scalar(V);
    }
  });
  if (!HasArg)
    R.fail(N, "needs the 'arg' the value is reached through");
  return A;
}

OpenCallRule readOpenCall(YamlReader &R, const YAML::Node &N) {
  OpenCallRule O;
  R.mapping(N, withCallKeys({"url-arg", "host-arg", "path-arg", "url-prefix", "socket-out",
                                 "endpoint-parts", "made-by", "started-by"}),
            [&](const std::string &K, const YAML::Node &V) {
              if (readCallKey(R, O.Call, K, V))
                return;
              if (K == "started-by") {
                R.sequence(V, [&](const YAML::Node &I) {
                  OpenCallRule::Starter St;
                  R.mapping(I, withCallKeys({"request-arg", "request-made-by"}),
                            [&](const std::string &SK, const YAML::Node &SV) {
                              if (readCallKey(R, St.Call, SK, SV))
                                return;
                              if (SK == "request-arg")
                                St.RequestArg = R.unsignedInt(SV);
                              else
                                R.sequence(SV, [&](const YAML::Node &M) {
                                  St.RequestMadeBy.push_back(readOpenCall(R, M));
                                });
                            });
                  requireCall(R, I, St.Call);
                  O.StartedBy.push_back(std::move(St));
                });
                return;
              }
              if (K == "made-by") {
                R.sequence(V, [&](const YAML::Node &I) {
                  O.MadeBy.push_back(readOpenCall(R, I));
                  if (!O.MadeBy.back().MadeBy.empty())
                    R.fail(I, "a maker has no 'made-by' of its own");
                });
                return;
              }
              if (K == "url-prefix") {
                O.UrlPrefixes = names(R, V);
                return;
              }
              if (K == "socket-out") {
                O.Out = readArgPart(R, V, {"arg", "field"});
                return;
              }
              if (K == "endpoint-parts") {
                R.mapping(V, {"url", "host", "port", "path", "secure"},
                          [&](const std::string &PK, const YAML::Node &PV) {
                            O.EndpointParts[PK] = readArgPart(
                                R, PV, {"arg", "field", "constructor-arg", "type-contains"});
                          });
                return;
              }
              unsigned Idx = R.unsignedInt(V);
              (K == "url-arg" ? O.UrlArg : K == "host-arg" ? O.HostArg : O.PathArg) = Idx;
            });
  if (!O.UrlPrefixes.empty() && !O.UrlArg)
    R.fail(N, "'url-prefix' needs the 'url-arg' it applies to");
  requireCall(R, N, O.Call);
  return O;
}

} // namespace

const std::vector<std::string> &fixHintKinds() {
  static const std::vector<std::string> Kinds = {"heartbeat", "backoff", "close"};
  return Kinds;
}

llvm::Expected<LibraryRules> parseLibraryRules(const std::string &Text,
                                               const std::string &Path) {
  LibraryRules L;
  L.File = Path;
  L.Id = std::string(llvm::sys::path::stem(Path));
  YamlReader R(Path);
  YAML::Node Doc = R.load(Text);
  if (R.failed())
    return R.takeError();
  R.mapping(Doc,
            {"name",
             "covers",
             "headers",
             "socket-types",
             "open-calls",
             "scheme",
             "heartbeat-default",
             "heartbeat",
             "heartbeat-off",
             "async-reads",
             "pings",
             "client-kind",
             "close-handlers",
             "message-handlers",
             "event-callbacks",
             "delays",
             "reconnect-default",
             "reconnect-off",
             "reconnect-stop",
             "retry-schedulers",
             "accessors",
             "sends",
             "timer-waits",
             "closes",
             "per-request",
             "per-request-overrides",
             "close-reasons",
             "fix"},
            [&](const std::string &K, const YAML::Node &V) {
              if (K == "name") {
                L.Name = R.scalar(V);
              } else if (K == "covers") {
                R.scalar(V); // documentation for humans
              } else if (K == "headers") {
                L.Headers = R.globList(V);
              } else if (K == "socket-types") {
                L.SocketTypes = names(R, V);
              } else if (K == "open-calls") {
                R.sequence(V, [&](const YAML::Node &I) {
                  L.OpenCalls.push_back(readOpenCall(R, I));
                });
              } else if (K == "scheme") {
                R.mapping(V, {"plain", "secure", "secure-if-type-contains"},
                          [&](const std::string &SK, const YAML::Node &SV) {
                            (SK == "plain"    ? L.Scheme
                             : SK == "secure" ? L.SecureScheme
                                              : L.SecureTypeMarker) = R.scalar(SV);
                          });
              } else if (K == "heartbeat-default") {
                L.HeartbeatDefault = R.scalar(V);
              } else if (K == "heartbeat") {
                R.sequence(V, [&](const YAML::Node &I) {
                  L.Heartbeats.push_back(readHeartbeat(R, I));
                });
              } else if (K == "heartbeat-off") {
                L.HeartbeatOff = readMethodList(R, V);
              } else if (K == "close-handlers" || K == "message-handlers") {
                R.sequence(V, [&](const YAML::Node &I) {
                  HandlerRule H;
                  R.mapping(I, withCallKeys({"delegate-arg", "delegate-methods"}),
                            [&](const std::string &HK, const YAML::Node &HV) {
                              if (readCallKey(R, H.Call, HK, HV))
                                return;
                              if (HK == "delegate-arg")
                                H.DelegateArg = static_cast<int>(R.unsignedInt(HV));
                              else
                                H.DelegateMethods = names(R, HV);
                            });
                  requireCall(R, I, H.Call);
                  if ((H.DelegateArg >= 0) != !H.DelegateMethods.empty())
                    R.fail(I, "'delegate-arg' and 'delegate-methods' go together");
                  (K == "close-handlers" ? L.CloseHandlers : L.MessageHandlers)
                      .push_back(std::move(H));
                });
              } else if (K == "event-callbacks") {
                R.sequence(V, [&](const YAML::Node &I) {
                  EventCallbackRule E;
                  R.mapping(I, withCallKeys({"socket-field"}),
                            [&](const std::string &EK, const YAML::Node &EV) {
                              if (!readCallKey(R, E.Call, EK, EV))
                                E.SocketField = R.scalar(EV);
                            });
                  requireCall(R, I, E.Call);
                  if (E.SocketField.empty())
                    R.fail(I, "an event callback needs the 'socket-field' its event holds");
                  L.EventCallbacks.push_back(std::move(E));
                });
              } else if (K == "delays") {
                R.sequence(V, [&](const YAML::Node &I) {
                  DelayRule D;
                  R.mapping(
                      I, withCallKeys({"delay-arg", "repeats-arg", "repeats", "blocks",
                                       "delay-unit"}),
                      [&](const std::string &DK, const YAML::Node &DV) {
                        if (readCallKey(R, D.Call, DK, DV))
                          return;
                        if (DK == "delay-arg") {
                          D.DelayArg = R.unsignedInt(DV);
                        } else if (DK == "blocks") {
                          D.Blocks = R.boolean(DV);
                        } else if (DK == "delay-unit") {
                          D.Unit = readTimeUnit(R, DV);
                        } else if (DK == "repeats") {
                          std::string How = R.scalar(DV);
                          if (How == "always")
                            D.Repeats = DelayRule::Repetition::Always;
                          else if (How == "while-callback-returns-true")
                            D.Repeats = DelayRule::Repetition::WhileCallbackReturnsTrue;
                          else
                            R.fail(DV, "unknown repetition '" + How + "'", How,
                                   {"always", "while-callback-returns-true"});
                        } else {
                          D.RepeatsArg = static_cast<int>(R.unsignedInt(DV));
                        }
                      });
                  requireCall(R, I, D.Call);
                  if (D.RepeatsArg >= 0 && D.Repeats != DelayRule::Repetition::Once)
                    R.fail(I, "'repeats-arg' and 'repeats' exclude each other");
                  L.Delays.push_back(std::move(D));
                });
              } else if (K == "reconnect-default") {
                ReconnectDefault D;
                R.mapping(V, {"backoff", "describe"},
                          [&](const std::string &DK, const YAML::Node &DV) {
                            (DK == "backoff" ? D.Backoff : D.Describe) = R.scalar(DV);
                          });
                if (!isBackoffKind(D.Backoff))
                  R.fail(V, "unknown backoff '" + D.Backoff + "'", D.Backoff, backoffKinds());
                L.ReconnectByDefault = D;
              } else if (K == "retry-schedulers") {
                R.sequence(V, [&](const YAML::Node &I) {
                  RetrySchedulerRule RS;
                  R.mapping(I, withCallKeys({"backoff", "describe", "null-arg", "null-backoff"}),
                            [&](const std::string &RK, const YAML::Node &RV) {
                              if (readCallKey(R, RS.Call, RK, RV))
                                return;
                              if (RK == "null-arg")
                                RS.NullArg = static_cast<int>(R.unsignedInt(RV));
                              else
                                (RK == "backoff"    ? RS.Backoff
                                 : RK == "describe" ? RS.Describe
                                                    : RS.NullBackoff) = R.scalar(RV);
                            });
                  requireCall(R, I, RS.Call);
                  for (const std::string *B : {&RS.Backoff, &RS.NullBackoff})
                    if ((!B->empty() || B == &RS.Backoff) && !isBackoffKind(*B))
                      R.fail(I, "unknown backoff '" + *B + "'", *B, backoffKinds());
                  L.RetrySchedulers.push_back(std::move(RS));
                });
              } else if (K == "reconnect-off") {
                L.ReconnectOff = readMethodList(R, V);
              } else if (K == "reconnect-stop") {
                L.ReconnectStop = readMethodList(R, V);
              } else if (K == "accessors") {
                L.Accessors = names(R, V);
              } else if (K == "close-reasons") {
                R.mapping(V, {"type", "values"},
                          [&](const std::string &CK, const YAML::Node &CV) {
                            if (CK == "type")
                              L.CloseReasons.Type = R.scalar(CV);
                            else
                              L.CloseReasons.Values = names(R, CV);
                          });
                if (L.CloseReasons.Type.empty() || L.CloseReasons.Values.empty())
                  R.fail(V, "'close-reasons' needs a 'type' and its 'values'");
              } else if (K == "pings") {
                R.sequence(V, [&](const YAML::Node &I) { L.Pings.push_back(readCall(R, I)); });
              } else if (K == "per-request") {
                R.sequence(V,
                           [&](const YAML::Node &I) { L.PerRequest.push_back(readCall(R, I)); });
              } else if (K == "per-request-overrides") {
                L.PerRequestOverrides = names(R, V);
              } else if (K == "closes") {
                R.sequence(V, [&](const YAML::Node &I) { L.Closes.push_back(readCall(R, I)); });
              } else if (K == "sends") {
                R.sequence(V, [&](const YAML::Node &I) { L.Sends.push_back(readCall(R, I)); });
              } else if (K == "timer-waits") {
                R.sequence(V, [&](const YAML::Node &I) {
                  TimerWaitRule W;
                  R.mapping(I, withCallKeys({"repeats", "single-shot-method"}),
                            [&](const std::string &WK, const YAML::Node &WV) {
                              if (readCallKey(R, W.Call, WK, WV))
                                return;
                              if (WK == "repeats")
                                W.Repeats = R.boolean(WV);
                              else
                                W.SingleShotMethod = R.scalar(WV);
                            });
                  requireCall(R, I, W.Call);
                  L.TimerWaits.push_back(std::move(W));
                });
              } else if (K == "fix") {
                R.mapping(V, fixHintKinds(), [&](const std::string &FK, const YAML::Node &FV) {
                  L.Fix[FK] = R.scalar(FV);
                });
              } else if (K == "client-kind") {
                L.ClientKind = R.scalar(V);
                if (L.ClientKind != "browser" && L.ClientKind != "desktop" &&
                    L.ClientKind != "mobile" && L.ClientKind != "backend")
                  R.fail(V, "unknown client kind '" + L.ClientKind + "'", L.ClientKind,
                         {"browser", "desktop", "mobile", "backend"});
              } else {
                L.AsyncReads = readMethodList(R, V);
              }
            });
  if (!R.failed()) {
    if (L.Name.empty())
      R.fail(Doc, "a rules file needs a 'name'");
    else if (L.Headers.empty())
      R.fail(Doc, "a rules file needs 'headers' (which includes make a TU relevant)");
    else if (L.OpenCalls.empty() && L.Delays.empty() && L.Pings.empty() && L.Sends.empty())
      R.fail(Doc, "a rules file needs 'open-calls' (or, for timers and sleeps, 'delays'; for "
                  "application heartbeat messages, 'pings' or 'sends')");
    else if (L.SocketTypes.empty() &&
             std::any_of(L.OpenCalls.begin(), L.OpenCalls.end(), [](const OpenCallRule &O) {
               return !O.Call.Methods.empty() || O.Call.Constructor;
             }))
      R.fail(Doc, "'method' and 'constructor' open calls need 'socket-types' to know the "
                  "object");
  }
  if (R.failed())
    return R.takeError();
  return L;
}

llvm::Expected<std::vector<DecisionRow>> parseDecisionTable(const std::string &Text,
                                                            const std::string &Path) {
  std::vector<DecisionRow> Rows;
  YamlReader R(Path);
  YAML::Node Doc = R.load(Text);
  R.mapping(Doc, {"source", "rows"}, [&](const std::string &K, const YAML::Node &V) {
    if (K == "source") {
      R.scalar(V);
      return;
    }
    R.sequence(V, [&](const YAML::Node &I) {
      DecisionRow Row;
      R.mapping(I, {"id", "table", "scenario", "count", "why"},
                [&](const std::string &RK, const YAML::Node &RV) {
                  (RK == "id"         ? Row.Id
                   : RK == "table"    ? Row.Table
                   : RK == "scenario" ? Row.Scenario
                   : RK == "count"    ? Row.Count
                                      : Row.Why) = R.scalar(RV);
                });
      if (Row.Id.empty() || Row.Scenario.empty() || Row.Why.empty())
        R.fail(I, "a row needs 'id', 'scenario' and 'why'");
      for (const auto &Other : Rows)
        if (Other.Id == Row.Id)
          R.fail(I, "duplicate row id '" + Row.Id + "'");
      Rows.push_back(std::move(Row));
    });
  });
  if (R.failed())
    return R.takeError();
  return Rows;
}

llvm::Expected<RuleSet> loadRules(const std::string &Dir,
                                  const std::vector<std::string> &Extra) {
  RuleSet Set;
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC)) {
    if (llvm::StringRef(It->path()).ends_with(".yaml"))
      Files.push_back(It->path());
  }
  if (EC)
    return inputError(Dir, 0, 0, "cannot read the rules directory: " + EC.message());
  std::sort(Files.begin(), Files.end()); // directory order is not deterministic
  bool SawTable = false;
  for (const auto &F : Files) {
    std::string Text;
    if (auto Err = readTextFile(F, Text))
      return std::move(Err);
    if (llvm::sys::path::filename(F) == "decision-table.yaml") {
      auto Rows = parseDecisionTable(Text, F);
      if (!Rows)
        return Rows.takeError();
      Set.DecisionTable = std::move(*Rows);
      SawTable = true;
      continue;
    }
    auto L = parseLibraryRules(Text, F);
    if (!L)
      return L.takeError();
    Set.Libraries.push_back(std::move(*L));
  }
  if (!SawTable)
    return inputError(Dir, 0, 0, "no decision-table.yaml in the rules directory");
  for (const auto &F : Extra) {
    std::string Text;
    if (auto Err = readTextFile(F, Text))
      return std::move(Err);
    auto L = parseLibraryRules(Text, F);
    if (!L)
      return L.takeError();
    Set.Libraries.push_back(std::move(*L));
  }
  return Set;
}

} // namespace wslint
