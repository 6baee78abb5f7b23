// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// The call graph of the user's code: functions and the storage that holds functions
// (FunctionFact), entry points, and "may run" edges (CallEdge: calls, callbacks handed on,
// functions run again and again, overrides). While it walks the code it also hands each
// call to the components that follow values across calls (bindings) and record instances.
#pragma once

#include "BindingRecorder.h"
#include "DelayReader.h"
#include "HandlerRecorder.h"
#include "InstanceRecorder.h"

namespace wslint {
namespace extract {

class CallGraph {
public:
  CallGraph(TUContext &TU, const PlaceReader &Places, const CallReader &Calls,
            const DelayReader &Delays, BindingRecorder &Bindings, InstanceRecorder &Instances,
            HandlerRecorder &Handlers)
      : TU(TU), Places(Places), Calls(Calls), Delays(Delays), Bindings(Bindings),
        Instances(Instances), Handlers(Handlers) {}

  /// Walks the TU (after the matchers: which loops wait is known) into the facts.
  void build();

private:
  TUContext &TU;
  const PlaceReader &Places;
  const CallReader &Calls;
  const DelayReader &Delays;
  BindingRecorder &Bindings;
  InstanceRecorder &Instances;
  HandlerRecorder &Handlers;
};

} // namespace extract
} // namespace wslint
