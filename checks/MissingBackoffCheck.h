// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../tool/core/Check.h"

namespace wslint {

/// A WebSocket reconnects without an exponential delay with jitter.
/// User docs: docs/checks/websocket-missing-backoff.md
class MissingBackoffCheck final : public Check {
public:
  explicit MissingBackoffCheck(const Config &) {}
  void run(const Graph &G, const Client &C, std::vector<Finding> &Out) const override;
};

} // namespace wslint
