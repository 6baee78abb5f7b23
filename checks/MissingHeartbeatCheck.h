// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../tool/core/Check.h"

namespace wslint {

/// A long-lived WebSocket has no heartbeat to keep idle timeouts away and detect dead peers.
/// User docs: docs/checks/websocket-missing-heartbeat.md
class MissingHeartbeatCheck final : public Check {
public:
  explicit MissingHeartbeatCheck(const Config &Cfg) : IdleWindow(Cfg.IdleWindowSeconds) {}
  void run(const Graph &G, const Client &C, std::vector<Finding> &Out) const override;

private:
  double IdleWindow; ///< seconds: a heartbeat slower than this is too slow
};

} // namespace wslint
