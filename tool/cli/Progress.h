// SPDX-License-Identifier: Apache-2.0
// The progress line of a run on a terminal (internal to the driver).
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>

namespace wslint {
namespace cli {

/// "[done/total] translation units, N.N s" on one terminal line, redrawn at most ten times
/// a second; nothing when stderr is not a terminal or with --quiet.
class Progress {
public:
  Progress(size_t Total, bool Enabled) : Total(Total), Enabled(Enabled && Total > 1) {}
  /// One more TU done (FromCache: its facts came from the cache).
  void done(bool FromCache);
  /// Clears the line.
  void finish();

private:
  size_t Total, Done = 0, Cached = 0;
  bool Enabled, Drawn = false;
  std::mutex M;
  std::chrono::steady_clock::time_point Start = std::chrono::steady_clock::now(), LastDraw;
};

} // namespace cli
} // namespace wslint
