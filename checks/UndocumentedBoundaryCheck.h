// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../tool/core/Check.h"

namespace wslint {

/// A client holds more WebSocket connections than it prefers and an extra one states no
/// valid boundary.
/// User docs: docs/checks/websocket-undocumented-boundary.md
class UndocumentedBoundaryCheck final : public Check {
public:
  explicit UndocumentedBoundaryCheck(const Config &) {}
  void run(const Graph &G, const Client &C, std::vector<Finding> &Out) const override;
};

} // namespace wslint
