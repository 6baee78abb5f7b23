// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../tool/core/Check.h"

#include <string>

namespace wslint {

/// A WebSocket endpoint is plain ws:// to a remote host, or carries credentials in its
/// query string.
/// User docs: docs/checks/websocket-insecure-endpoint.md
class InsecureEndpointCheck final : public Check {
public:
  explicit InsecureEndpointCheck(const Config &) {}
  void run(const Graph &G, const Client &C, std::vector<Finding> &Out) const override;

  /// The host of a ws:// or wss:// URL ("" when it is not one).
  static std::string hostOf(const std::string &Url);
  static bool isLoopback(const std::string &Host);
  /// The first query parameter whose name says it carries a secret, or "".
  static std::string credentialParameter(const std::string &Url);
};

} // namespace wslint
