// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../tool/core/Check.h"

namespace wslint {

/// A client holds more WebSocket connections than its kind's ceiling.
/// User docs: docs/checks/websocket-connection-budget.md
class ConnectionBudgetCheck final : public Check {
public:
  explicit ConnectionBudgetCheck(const Config &) {}
  void run(const Graph &G, const Client &C, std::vector<Finding> &Out) const override;
};

} // namespace wslint
