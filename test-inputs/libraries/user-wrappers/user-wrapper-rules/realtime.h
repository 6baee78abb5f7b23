// SPDX-License-Identifier: Apache-2.0
#pragma once
#include <memory>
#include <string>

namespace acme {
class RealtimeClient {
public:
  void connect(const std::string &url);
  void setHeartbeat(int seconds);
};
std::unique_ptr<RealtimeClient> open_feed(const std::string &url);
} // namespace acme
