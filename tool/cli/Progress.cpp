// SPDX-License-Identifier: Apache-2.0
#include "Progress.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/raw_ostream.h"

namespace wslint {
namespace cli {

void Progress::done(bool FromCache) {
  std::lock_guard<std::mutex> Lock(M);
  ++Done;
  Cached += FromCache;
  if (!Enabled)
    return;
  auto Now = std::chrono::steady_clock::now();
  if (Done < Total && Now - LastDraw < std::chrono::milliseconds(100))
    return;
  LastDraw = Now;
  double Secs = std::chrono::duration<double>(Now - Start).count();
  llvm::errs() << llvm::formatv(
      "\r\x1b[2Kwslint: [{0}/{1}] translation units, {2} from the cache, {3:f1} s", Done, Total,
      Cached, Secs);
  llvm::errs().flush();
  Drawn = true;
}

void Progress::finish() {
  if (Drawn)
    llvm::errs() << "\r\x1b[2K";
}

} // namespace cli
} // namespace wslint
