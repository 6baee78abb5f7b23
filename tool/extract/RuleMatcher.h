// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// The AST matchers built from the rules, and the dispatch of each matched call to the
// components that record what it says: sites, evidence and makers (SiteRecorder), delays
// (DelayReader), handlers (HandlerRecorder), callback bindings (BindingRecorder).
#pragma once

#include "BindingRecorder.h"
#include "DelayReader.h"
#include "HandlerRecorder.h"
#include "SiteRecorder.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"

#include <set>

namespace wslint {
namespace extract {

class RuleMatcher : public MatchFinder::MatchCallback {
public:
  RuleMatcher(TUContext &TU, const PlaceReader &Places, const CallReader &Calls,
              const SlotFlow &Slots, const EndpointReader &Endpoints, DelayReader &Delays,
              BindingRecorder &Bindings, SiteRecorder &Sites, HandlerRecorder &Handlers);

  /// One matcher per kind of call, over the names every rules file mentions; pongs,
  /// factories and assignments.
  void registerMatchers(MatchFinder &Finder);
  void run(const MatchFinder::MatchResult &R) override;

private:
  bool namesPong(const Expr *Arg, unsigned Depth = 0) const;
  bool onlyCompared(const DeclRefExpr &Ref) const;
  static std::vector<const CallPattern *> patternsOf(const LibraryRules &L);
  static const NamedDecl *assignedTo(const Expr *LHS);
  /// A call some rules file names: which libraries it may belong to, and what it says for
  /// each of them.
  void onCall(const CallView &C);

  TUContext &TU;
  const PlaceReader &Places;
  const CallReader &Calls;
  const SlotFlow &Slots;
  const EndpointReader &Endpoints;
  DelayReader &Delays;
  BindingRecorder &Bindings;
  SiteRecorder &Sites;
  HandlerRecorder &Handlers;
  std::set<std::string> MethodNames, FunctionNames, ConstructedTypes;
  std::vector<std::string> QualifiedNames;
};

} // namespace extract
} // namespace wslint
