// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../tool/core/Check.h"

namespace wslint {

/// A client opens a WebSocket per item where one shared connection with channels would do.
/// User docs: docs/checks/websocket-connection-fanout.md
class ConnectionFanoutCheck final : public Check {
public:
  explicit ConnectionFanoutCheck(const Config &) {}
  void run(const Graph &G, const Client &C, std::vector<Finding> &Out) const override;
};

} // namespace wslint
